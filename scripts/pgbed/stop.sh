#!/usr/bin/env bash
# Stops the PostgreSQL started by start.sh in DIR (fast shutdown: open sessions are ended), by its own
# data folder, never by name.
set -uo pipefail
dir=$1
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -f "$dir/data/postmaster.pid" ] || exit 0
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop > /dev/null
