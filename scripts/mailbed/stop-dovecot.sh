#!/usr/bin/env bash
# Stops the mail bed's Dovecot in DIR by its pid file and waits until it is gone.
set -uo pipefail
dir=$1
pidfile="$dir/dovecot/run/master.pid"
[ -f "$pidfile" ] || exit 0
pid=$(tr -d ' \n' < "$pidfile")
kill -TERM "$pid" 2>/dev/null || exit 0
# A loaded machine can take seconds to end Dovecot's children; a master still alive would make the next
# start refuse ("already running"), so it is killed after 30 s and its pid file removed.
for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.05; done
kill -KILL "$pid" 2>/dev/null
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
rm -f "$pidfile"
