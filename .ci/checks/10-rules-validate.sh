#!/usr/bin/env bash
# Every shipped pack and every example profile load, compile and pass the checks with no error and no warning.
set -euo pipefail
cli=(dotnet run --no-build --project src/EvidenceAppraisal.Cli --)
"${cli[@]}" rules validate --strict
for profile in rules/profiles/*.yaml; do
  [ -e "$profile" ] || continue
  "${cli[@]}" rules validate --strict "$profile"
done
