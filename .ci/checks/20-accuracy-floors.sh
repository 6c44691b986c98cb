#!/usr/bin/env bash
# Extraction accuracy on the dev corpus must not drop below the floors in .ci/floors.json (raise them as extractors improve).
set -euo pipefail
corpus=../shared/corpus/dev
if [ ! -d "$corpus" ]; then
  echo "no labelled corpus at $corpus: accuracy floors not checked"
  exit 0
fi
dotnet run --no-build --project src/EvidenceAppraisal.Cli -- evaluate "$corpus" --floors .ci/floors.json --json out/evaluation.json
