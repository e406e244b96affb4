#!/usr/bin/env bash
# The mail benchmark's own set-up: the mail servers (scripts/install-mail.sh) plus the yardsticks it times
# against the daemon, mbsync (package isync) and fetchmail. Idempotent: installs only what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/install-mail.sh"

packages=(isync fetchmail)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "benchmark yardsticks already installed: ${packages[*]}"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "installed: ${missing[*]}"
