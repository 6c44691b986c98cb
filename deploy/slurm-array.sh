#!/usr/bin/env bash
# All of PubMed on Slurm: one array task per baseline file, then the merge as a dependent job.
#   (from the repository root, with logs/ created)
#   sbatch --array=0-1273%50 deploy/slurm-array.sh /shared/pubmed/baseline /shared/appraisals
#   sbatch --dependency=afterok:<array job id> --wrap "bash deploy/merge.sh /shared/appraisals /shared/merged"
# A task killed by preemption or a time limit is requeued and resumes (--requeue, --resume).
#SBATCH --job-name=appraise-pubmed
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=01:00:00
#SBATCH --requeue
#SBATCH --output=logs/appraise-%A_%a.log
set -euo pipefail
input_dir=$1 output_dir=$2
# With Apptainer/Singularity instead of a local install:
#   export EVIDENCE_APPRAISAL="apptainer exec evidence-appraisal.sif dotnet /app/evidence-appraisal.dll"
export EVIDENCE_APPRAISAL=${EVIDENCE_APPRAISAL:-evidence-appraisal}
# Slurm runs a spooled copy of this script, so find the helper from the submit folder (the repository root).
deploy=${EVIDENCE_APPRAISAL_DEPLOY:-$SLURM_SUBMIT_DIR/deploy}
exec "$deploy/appraise-one.sh" "$SLURM_ARRAY_TASK_ID" "$input_dir" "$output_dir" --jobs "${SLURM_CPUS_PER_TASK:-2}"
