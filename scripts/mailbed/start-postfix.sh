#!/usr/bin/env bash
# Starts (or restarts after stop-postfix.sh) the mail bed's Postfix in DIR.
set -euo pipefail
dir=$1
# The master directly ("postfix start" runs seconds of ownership checks first); -w returns once it runs.
# Every Postfix program here reads the bed's own main.cf (-c), never /etc/postfix/main.cf, which a
# Postfix installed with "No configuration" does not have.
master=$(postconf -c "$dir/postfix" -h daemon_directory)/master
"$master" -c "$dir/postfix" -w > "$dir/postfix/start.log" 2>&1 < /dev/null || { cat "$dir/postfix/start.log" >&2; exit 1; }
