#!/usr/bin/env bash
# Installs the mail servers the daemon's integration tests run against (Dovecot IMAP + LMTP, Postfix).
# Idempotent: installs only what is missing; never starts the system services (the tests start private
# instances from a temp folder, see scripts/mailbed/start.sh).
set -euo pipefail

packages=(dovecot-imapd dovecot-lmtpd postfix)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "mail servers already installed: ${packages[*]}"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# Postfix asks questions when installed interactively; answer them up front.
echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
echo "postfix postfix/mailname string localhost" | $sudo debconf-set-selections

# Keep the packages' own services from starting where there is an init system (containers have none).
policy=/usr/sbin/policy-rc.d
created_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" > /dev/null
  $sudo chmod +x "$policy"
  created_policy=1
fi
trap '[ -n "$created_policy" ] && $sudo rm -f "$policy"' EXIT

$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "installed: ${missing[*]}"
