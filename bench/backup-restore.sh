#!/usr/bin/env bash
# Tests ops/backup.sh and ops/restore.sh on a populated database: a fresh database filled by the packaged app
# (PostgreSQL build) with a generated file of claims, backed up, restored into another fresh database, and compared:
# the rows of every table, and one claim's history (its revisions, who signed them and why). Then the app starts on
# the restored database and serves the claim. Prints the database's and the backup's size per million claims.
#   bench/backup-restore.sh [ROWS=20000]
# Needs what bench/cluster.sh needs (Debian's PostgreSQL 15 run as root; the role hasila/hasila), and packages the
# app into bench/out/cluster-app the same way when it is not there.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-20000}
source_db=hasila_backup_source
restored_db=hasila_backup_restored
out=bench/out/backup
app=bench/out/cluster-app
port=8291
password=bench-password
export PGHOST=127.0.0.1 PGUSER=${DB_USER:-hasila} PGPASSWORD=${DB_PASSWORD:-hasila}
rm -rf "$out"
mkdir -p "$out"
if [ ! -f "$app/quarkus-run.jar" ]; then
  flock /tmp/hasila-build.lock ./mvnw -q package -DskipTests -Dquarkus.profile=postgresql
  cp -r target/quarkus-app "$app"
fi
pg_ctlcluster 15 main status > /dev/null || pg_ctlcluster 15 main start
for db in $source_db $restored_db; do
  env -u PGHOST -u PGUSER -u PGPASSWORD su postgres -c "psql -q -c 'drop database if exists $db' -c 'create database $db owner $PGUSER'"
done

run_app() { # database
  HASILA_DEMO_DATA=false HASILA_ADMIN_PASSWORD=$password HASILA_INSTANCE=backup \
    HASILA_ADMIN_PASSWORD_FILE="$out/admin-password.txt" QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT=$((port + 1000)) QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY="$out/uploads" QUARKUS_PROFILE=postgresql \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$1" \
    QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=$PGPASSWORD \
    java -Xmx1g -jar "$app/quarkus-run.jar" >> "$out/app.log" 2>&1 &
  app_pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.3; done
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2> /dev/null || true; }
trap 'kill $app_pid 2> /dev/null || true' EXIT

echo "== $source_db: $rows generated claims imported and published by the app"
run_app $source_db
empty_bytes=$(psql -tAq -d $source_db -c "select pg_database_size('$source_db')")
java bench/GenerateClaims.java "$rows" > "$out/claims.csv"
curl -sf -o /dev/null -w "import: HTTP %{http_code} in %{time_total} s\n" -u admin:$password \
  -H 'Content-Type: text/csv' --data-binary "@$out/claims.csv" \
  "http://127.0.0.1:$port/api/v1/claims/import?publish=true"
stop_app

echo "== backup and restore"
started=$(date +%s.%N)
file=$(BACKUP_DIR="$out/backups" ops/backup.sh $source_db)
backed_up=$(date +%s.%N)
ops/restore.sh "$file" $restored_db
restored=$(date +%s.%N)

# Every table's rows, and a claim's history with its revisions, in each database
tables=$(psql -tAq -d $source_db -c "select table_name from information_schema.tables
  where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")
claim=$(psql -tAq -d $source_db -c "select min(id) from claim")
snapshot() { # database
  for table in $tables; do echo "$table $(psql -tAq -d "$1" -c "select count(*) from \"$table\"")"; done
  psql -tAq -d "$1" -c "select a.rev, a.revtype, a.value_exact, a.value_min, a.value_max, a.status, a.published, r.username, r.reason, r.timestamp
    from claim_aud a join revision r on r.id = a.rev where a.id = $claim order by a.rev"
}
snapshot $source_db > "$out/source.txt"
snapshot $restored_db > "$out/restored.txt"
if diff "$out/source.txt" "$out/restored.txt" > "$out/difference.txt"; then
  same="the same"
else
  same="DIFFERENT (see $out/difference.txt)"
fi

run_app $restored_db
page=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/claims/$claim")
stop_app

claims=$(psql -tAq -d $source_db -c "select count(*) from claim")
database_bytes=$(psql -tAq -d $source_db -c "select pg_database_size('$source_db')")
backup_bytes=$(stat -c %s "$file")
echo "tables: $(echo "$tables" | wc -w), rows of every table and claim $claim's history ($(grep -c '|' "$out/source.txt") revisions): $same"
echo "the app on the restored database: claim $claim answered $page"
python3 -c "
s, b, r = $started, $backed_up, $restored
print('backup %.1f s, restore %.1f s, of %d claims' % (b - s, r - b, $claims))
print('database %.0f MiB (%.0f MiB of it before the import), backup %.1f MiB: per million claims %.1f GiB of database and %.1f GiB of backup'
  % ($database_bytes / 2**20, $empty_bytes / 2**20, $backup_bytes / 2**20,
     ($database_bytes - $empty_bytes) / $claims * 1e6 / 2**30, $backup_bytes / $claims * 1e6 / 2**30))"
[ "$same" = "the same" ] && [ "$page" = 200 ]
