#!/usr/bin/env bash
# Every regular expression built inside a method (new Regex(...), Regex.Match(...) and kin) passes a match timeout or
# NonBacktracking on the same call. Patterns held in [GeneratedRegex] methods and static fields are checked, and fed
# their worst inputs, by tests/EvidenceAppraisal.Hardening.Tests/Regexes (reflection over every product assembly).
set -euo pipefail
cd "$(dirname "$0")/../.."
bad=$(grep -rnE --include='*.cs' 'new Regex\(|Regex\.(Match|Matches|IsMatch|Replace|Split|EnumerateMatches|Count)\(' src \
  | grep -v '/obj/' | grep -v '/bin/' | grep -vE 'TimeSpan|NonBacktracking|matchTimeout' || true)
if [ -n "$bad" ]; then
  echo "regular expressions without a match timeout or NonBacktracking:"
  echo "$bad"
  exit 1
fi
echo "regex bounds: ok ($(grep -rhoE --include='*.cs' '\[GeneratedRegex' src | wc -l) generated, $(grep -rnE --include='*.cs' 'new Regex\(|Regex\.(Match|Matches|IsMatch|Replace|Split|EnumerateMatches|Count)\(' src | grep -v '/obj/' | wc -l) inline)"
