#!/usr/bin/env bash
# Starts (or restarts after stop-dovecot.sh) the mail bed's Dovecot in DIR.
set -euo pipefail
dir=$1
# Dovecot keeps its caller's stderr open: a file, never a pipe.
dovecot -c "$dir/dovecot/dovecot.conf" 2>> "$dir/dovecot/stderr.log" < /dev/null
