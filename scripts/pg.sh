#!/usr/bin/env bash
# Starts the local PostgreSQL (Debian's package, no systemd) and makes sure the test role exists.
# Used by `npm test` for the PostgreSQL pass and by CI. Prints one line; exits 1 when PostgreSQL
# is not installed or cannot be started.
set -euo pipefail
ROLE="${DATABASE_USERNAME:-brand_community}"
PASS="${DATABASE_PASSWORD:-brand_community}"
command -v pg_lsclusters >/dev/null 2>&1 || { echo "PostgreSQL is not installed (apt-get install postgresql)"; exit 1; }
cluster=$(pg_lsclusters --no-header | head -n 1)
[ -n "$cluster" ] || { echo "no PostgreSQL cluster found"; exit 1; }
read -r version name port status _ <<<"$cluster"
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$name" start
fi
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
for _ in $(seq 1 50); do as_postgres "psql -qtAc 'select 1'" >/dev/null 2>&1 && break; sleep 0.2; done
exists=$(as_postgres "psql -qtAc \"select 1 from pg_roles where rolname = '$ROLE'\"")
if [ "$exists" != "1" ]; then
  as_postgres "psql -qc \"create role $ROLE login createdb password '$PASS'\""
fi
# The test role's sessions do not wait for each commit to reach the disk (a crash may lose the last
# commits of a test database, never corrupt it); other roles keep the server's setting.
as_postgres "psql -qc \"alter role $ROLE set synchronous_commit = off\"" >/dev/null
echo "PostgreSQL $version/$name on port $port, role $ROLE"
