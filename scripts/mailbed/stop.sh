#!/usr/bin/env bash
# Stops the mail bed started by start.sh in DIR: both servers by their pid files, never by name.
set -uo pipefail
dir=$1
"$(dirname "$0")/stop-postfix.sh" "$dir"
pidfile="$dir/dovecot/run/master.pid"
if [ -f "$pidfile" ]; then
  pid=$(tr -d ' \n' < "$pidfile")
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
fi
