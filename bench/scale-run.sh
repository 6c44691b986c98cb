#!/usr/bin/env bash
# Scale run: build a PubMed baseline-style file of N records (default 30,000) from the hand-written
# abstracts in bench/data/abstracts, then time, with /usr/bin/time -v:
#   1. reading alone   (bench: read-only pass over the file: the floor that parsing sets)
#   2. batch to JSONL  (read + facts + rules + JSON, no HTML), all cores
#   3. the same batch with the runtime settings that deploy/appraise-one.sh gives batch tasks
# both with the programs published ReadyToRun (as deploy/ installs them),
# and print records/s, CPU use and peak memory for each. Usage:
#   bash bench/scale-run.sh [N] [xml|xml.gz|jsonl] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-30000}
kind=${2:-xml}
work=${3:-$(mktemp -d)}
mkdir -p "$work"

# Both programs as they are installed (deploy/Dockerfile): published ReadyToRun, so that neither figure is mostly JIT.
publish() { dotnet publish "$1" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$2" >/dev/null; }
publish bench/EvidenceAppraisal.Bench "$work/bench-bin"
publish src/EvidenceAppraisal.Cli "$work/cli-bin"
bench=$work/bench-bin/EvidenceAppraisal.Bench
cli=$work/cli-bin/evidence-appraisal

input="$work/scale-$count.$kind"
case "$kind" in
  jsonl) "$bench" make-jsonl "$count" "$input" ;;
  *) "$bench" make-pubmed "$count" "$input" ;;
esac

report() { # report LABEL TIMEFILE LOAD (the 1-minute load average when the run began: the machine is shared)
  awk -v label="$1" -v n="$count" -v load="$3" '
    /Elapsed \(wall clock\)/ { split($NF, t, ":"); secs = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /Percent of CPU/ { cpu = $NF }
    /User time \(seconds\)/ { user = $NF }
    /System time \(seconds\)/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF }
    END { cpus = user + sys
          printf "%-12s %8d records %7.2f s %9.0f records/s  CPU %5s  %6.2f CPU-s %8.0f records/CPU-s  peak RSS %6.0f MB  load %s\n", label, n, secs, n / secs, cpu, cpus, n / cpus, rss / 1024, load }' "$2"
}

load=$(cut -d' ' -f1 /proc/loadavg)
/usr/bin/time -v "$bench" read-only "$input" > "$work/read.out" 2> "$work/read.time"
report "read only" "$work/read.time" "$load"

batch() { # batch LABEL NAME [VAR=VALUE...]: one timed batch run into $work/out, with the environment given
  local label=$1 name=$2
  shift 2
  rm -rf "$work/out"
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  env "$@" /usr/bin/time -v "$cli" batch "$input" --out "$work/out" --progress plain --progress-interval 5 > "$work/$name.out" 2> "$work/$name.time" || [ $? -eq 2 ]
  report "$label" "$work/$name.time" "$load"
}

batch "batch>JSONL" batch
grep -E "records written|errors|throughput" "$work/batch.out" | tr -s ' │' ' '
# 3. the same batch with the runtime settings deploy/appraise-one.sh gives batch tasks
batch "batch,deploy" batch-deploy DOTNET_TC_QuickJitForLoops=0 DOTNET_TC_CallCountingDelayMs=0
echo "outputs in $work/out"
