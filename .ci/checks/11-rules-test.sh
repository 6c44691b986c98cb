#!/usr/bin/env bash
# Every rule's inline tests pass: the shipped packs, and each example profile with its local packs.
set -euo pipefail
cli=(dotnet run --no-build --project src/EvidenceAppraisal.Cli --)
"${cli[@]}" rules test
for profile in rules/profiles/*.yaml; do
  [ -e "$profile" ] || continue
  "${cli[@]}" rules test "$profile"
done
