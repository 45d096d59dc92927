#!/usr/bin/env bash
# Starts a local PostgreSQL server for the database test lane and exports
# STEPDOWN_TEST_PG. Installs Debian's postgresql if it is missing. Sourced by
# .ci/run; can also be run by hand (`. .ci/start-postgres.sh`) before `npm test`.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

as_postgres() { (cd / && su postgres -c "$1"); }
as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='stepdown'\"" | grep -q 1 ||
  as_postgres "psql -qc \"CREATE ROLE stepdown LOGIN SUPERUSER PASSWORD 'stepdown'\""
as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='stepdown_test'\"" | grep -q 1 ||
  as_postgres "createdb -O stepdown stepdown_test"

export STEPDOWN_TEST_PG="postgres://stepdown:stepdown@127.0.0.1:5432/stepdown_test"
echo "PostgreSQL $version ready: STEPDOWN_TEST_PG=$STEPDOWN_TEST_PG"
