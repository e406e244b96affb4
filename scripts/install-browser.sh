#!/usr/bin/env bash
# Installs the headless browser the web console's tests drive: Debian's chromium and chromium-driver
# (Selenium talks to /usr/bin/chromedriver; nothing is downloaded at test time). Idempotent and quiet.
# poppler-utils (pdftoppm) draws the documents' pages for the console's evidence pictures.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && command -v pdftoppm > /dev/null; then
  echo "Chromium already installed: $(/usr/bin/chromedriver --version | head -n 1)"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver poppler-utils fonts-dejavu-core > /dev/null
echo "Chromium installed: $(/usr/bin/chromedriver --version | head -n 1)"
