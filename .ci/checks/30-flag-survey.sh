#!/usr/bin/env bash
# The shipped rules on the dev corpus's design records: no record gets two evidence levels, no checklist item two answers.
set -euo pipefail
corpus=../shared/corpus/dev/design.jsonl
if [ ! -f "$corpus" ]; then
  echo "no labelled design file at $corpus: flag survey not run"
  exit 0
fi
out=$(dotnet run --no-build --project src/EvidenceAppraisal.Cli -- evaluate "$corpus" --task design --flags --flags-top 3)
echo "$out" | grep -E "^records given more than one level|^checklist items answered more than once"
echo "$out" | grep -q "^records given more than one level: 0$"
echo "$out" | grep -q "^checklist items answered more than once: 0$"
