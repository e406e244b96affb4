#!/usr/bin/env bash
# Installs what PortMailBot needs on a Debian machine (idempotent): the OCR engine and, for the
# integration tests, the mail servers, PostgreSQL and headless Chromium. Then restores and builds the solution.
set -euo pipefail
cd "$(dirname "$0")/.."

for installer in scripts/install-ocr.sh scripts/install-mail.sh scripts/install-postgres.sh scripts/install-browser.sh; do
  if [ -f "$installer" ]; then
    bash "$installer"
  fi
done

dotnet build PortMailBot.sln -c Release -v q -nologo
