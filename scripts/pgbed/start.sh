#!/usr/bin/env bash
# Starts a private PostgreSQL server for tests and local trials: its data, socket folder and log inside
# DIR, listening on 127.0.0.1:PORT only, trusting local connections (a throwaway bed, never a desk's
# database). Without systemd or Debian's cluster manager.
#
#   scripts/pgbed/start.sh DIR PORT
#
# Connect with Host=127.0.0.1;Port=PORT;Username=portmailbot;Database=postgres.
# Stop with scripts/pgbed/stop.sh DIR. Needs the packages of scripts/install-postgres.sh. PostgreSQL
# refuses to run as root: as root, the server runs as the unprivileged "postgres" user of the package.
set -euo pipefail

dir=$1 port=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (scripts/install-postgres.sh)" >&2; exit 1; }

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  id -u postgres > /dev/null 2>&1 || { echo "running as root but there is no postgres user" >&2; exit 1; }
  as_owner=(runuser -u postgres --)
fi

mkdir -p "$dir/data" "$dir/run"
chmod 755 "$dir"
chmod 700 "$dir/data"
if [ ${#as_owner[@]} -gt 0 ]; then
  chown postgres: "$dir/data" "$dir/run"
  touch "$dir/postgres.log" && chown postgres: "$dir/postgres.log"
fi

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U portmailbot --auth=trust --encoding=UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }

# fsync off: the bed's durability is not under test (a killed daemon never kills the server), its speed is.
cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/run'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start > /dev/null \
  || { cat "$dir/postgres.log" >&2; exit 1; }
echo "PostgreSQL ready on 127.0.0.1:$port (data in $dir/data)"
