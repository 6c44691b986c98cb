#!/usr/bin/env bash
# One task of a job array: appraise baseline file number INDEX (0-based) of the sorted list in INPUT_DIR
# into OUTPUT_DIR/<file stem>/. Resumable: a task that is retried after a kill or eviction continues where
# it stopped. Exit 0 when the file is done; the batch exit code 2 (some records could not be appraised,
# listed in errors.jsonl) also counts as done.
#   appraise-one.sh INDEX INPUT_DIR OUTPUT_DIR [batch options...]
set -uo pipefail
index=$1 input_dir=$2 output_dir=$3
shift 3
mapfile -t files < <(find "$input_dir" -maxdepth 1 -name '*.xml.gz' -printf '%f\n' | LC_ALL=C sort)
if [ "$index" -ge "${#files[@]}" ]; then
  echo "task $index: only ${#files[@]} baseline files in $input_dir" >&2
  exit 1
fi
file=${files[$index]}
out="$output_dir/${file%.xml.gz}"
mkdir -p "$out"
cli=${EVIDENCE_APPRAISAL:-dotnet /app/evidence-appraisal.dll}
# A long run gains from optimising loop-heavy methods at once and from counting calls for the optimised tier
# from the start instead of after start-up settles (together 5-10 % less CPU on a 30,000-record file in most
# paired runs, README "Batch and performance"); a single report would spend more CPU starting with them, so they are set
# here, for batch tasks, not in the program.
export DOTNET_TC_QuickJitForLoops=${DOTNET_TC_QuickJitForLoops:-0}
export DOTNET_TC_CallCountingDelayMs=${DOTNET_TC_CallCountingDelayMs:-0}
$cli batch "$input_dir/$file" --out "$out" --resume --progress plain --progress-interval 60 "$@"
status=$?
if [ "$status" -eq 0 ] || [ "$status" -eq 2 ]; then
  touch "$out/_DONE"
  exit 0
fi
exit "$status"
