#!/usr/bin/env bash
# Times real rule-set compiles: cold (a fresh process per run, as a CLI start pays it) with `rules validate --timing`,
# then warm with BenchmarkDotNet. Usage: bash bench/rule-compile.sh [RUNS]   (from the repository root)
set -euo pipefail
runs=${1:-3}
generated=$(mktemp -d)
trap 'rm -rf "$generated"' EXIT
dotnet build -c Release src/EvidenceAppraisal.Cli >/dev/null
dotnet build -c Release bench/EvidenceAppraisal.Rules.Benchmarks >/dev/null
dotnet run -c Release --no-build --project bench/EvidenceAppraisal.Rules.Benchmarks -- generate "$generated" 1000
cli=(dotnet run -c Release --no-build --project src/EvidenceAppraisal.Cli -- rules validate --timing)
echo "cold, shipped packs:"
for _ in $(seq "$runs"); do "${cli[@]}" 2>/dev/null | tail -1; done
echo "cold, 1,000 generated rules (they have no tests, so validate also lists 1,000 EA2004 errors):"
for _ in $(seq "$runs"); do { "${cli[@]}" "$generated" 2>/dev/null || true; } | tail -1; done # validate exits 1: the rules have no tests
echo "warm (BenchmarkDotNet, in process, short run):"
dotnet run -c Release --no-build --project bench/EvidenceAppraisal.Rules.Benchmarks -- --filter '*' | grep -E '^\|'
