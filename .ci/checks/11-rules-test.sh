#!/usr/bin/env bash
# Every rule's inline tests pass.
set -euo pipefail
dotnet run --no-build --project src/EvidenceAppraisal.Cli -- rules test
