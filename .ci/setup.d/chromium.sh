#!/usr/bin/env bash
# Debian's Chromium for the web app's end-to-end test (tests/EvidenceAppraisal.Web.Tests); installed only when missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
