#!/usr/bin/env bash
# Stops the mail bed started by start.sh in DIR: both servers by their pid files, never by name.
set -uo pipefail
dir=$1
"$(dirname "$0")/stop-postfix.sh" "$dir"
"$(dirname "$0")/stop-dovecot.sh" "$dir"
