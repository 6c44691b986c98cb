#!/usr/bin/env bash
# Every shipped pack and the example profile load and compile with no diagnostics.
set -euo pipefail
cli=(dotnet run --no-build --project src/EvidenceAppraisal.Cli --)
"${cli[@]}" rules validate
for profile in rules/profiles/*.yaml; do
  [ -e "$profile" ] || continue
  "${cli[@]}" rules validate "$profile"
done
