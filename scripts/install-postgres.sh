#!/usr/bin/env bash
# Installs the PostgreSQL server the storage tests run against (Debian's postgresql package).
# Idempotent; never starts or creates the system's cluster (the tests start a private server from a
# temp folder, see scripts/pgbed/start.sh).
set -euo pipefail

if ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
  echo "PostgreSQL already installed: $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# Keep the package's service from starting where there is an init system, and keep it from creating the
# default "main" cluster: the tests need only the binaries.
policy=/usr/sbin/policy-rc.d
created_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" > /dev/null
  $sudo chmod +x "$policy"
  created_policy=1
fi
trap '[ -n "$created_policy" ] && $sudo rm -f "$policy"' EXIT
$sudo mkdir -p /etc/postgresql-common
grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf \
  || echo "create_main_cluster = false" | $sudo tee -a /etc/postgresql-common/createcluster.conf > /dev/null

$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
echo "installed: postgresql"
