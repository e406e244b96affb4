#!/usr/bin/env bash
# Stops the mail bed's Postfix in DIR by its pid file and waits until it is gone.
set -uo pipefail
dir=$1
pidfile="$dir/postfix/queue/pid/master.pid"
[ -f "$pidfile" ] || exit 0
pid=$(tr -d ' \n' < "$pidfile")
kill -TERM "$pid" 2>/dev/null || exit 0
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
# Children (smtpd) may outlive the master for a moment; the listening socket is closed with the master.
rm -f "$pidfile"
