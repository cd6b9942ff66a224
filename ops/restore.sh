#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into an empty database, all or nothing (one transaction).
#   createdb -O hasila hasila_restored     # as the postgres user
#   ops/restore.sh FILE [DATABASE=hasila_restored]
# Connects with libpq's own variables (PGHOST, PGPORT, PGUSER, PGPASSWORD), as the role that will own the tables:
# the app's role. The instances are then pointed at the restored database (QUARKUS_DATASOURCE_JDBC_URL); its
# Flyway history came with it, so they start without migrating what is already there.
set -euo pipefail
file=${1:?"usage: ops/restore.sh FILE [DATABASE]"}
db=${2:-hasila_restored}
tables=$(psql -tAq -d "$db" -c "select count(*) from information_schema.tables where table_schema = 'public'")
if [ "$tables" != 0 ]; then
  echo "$db already holds $tables tables: restore into a new, empty database" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$db" "$file"
echo "restored $file into $db"
