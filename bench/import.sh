#!/usr/bin/env bash
# Measures a claims CSV import through the API on the packaged app against what the database engine itself needs
# to read the same file into one table: H2's CSVREAD into a scratch table, then the app built for H2 on an empty H2
# file database; PostgreSQL's COPY (psql's \copy, which streams the file over the connection as the app's client
# does) into a scratch table, then the app built for PostgreSQL on an empty database. For each it prints both times,
# their ratio (engine / import: 1 would be as fast as the engine) and the most heap the app had in use meanwhile
# (jstat, sampled every 200 ms).
#   bench/import.sh [ROWS=100000] [HEAP=-Xmx256m]
# PostgreSQL: cluster on 127.0.0.1:5432, role hasila/hasila (PGPASSWORD); the database is made afresh as the postgres
# user, or DATABASE=<an empty database hasila owns> is used; SKIP_BUILD=1 reuses the apps built last time; ONLY=h2 or ONLY=postgresql.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
heap=${2:--Xmx256m}
out=${OUT:-bench/out/import}
port=${PORT:-8183}
database=${DATABASE:-hasila_import_bench}
export PGPASSWORD=${PGPASSWORD:-hasila}
mkdir -p "$out"
file="$out/claims-$rows.csv"
[ -f "$file" ] || java bench/GenerateClaims.java "$rows" > "$file"
echo "file: $rows rows, $(( $(stat -c %s "$file") / 1048576 )) MiB; heap limit $heap"

build() { # copies of the packaged apps, so that a rebuild meanwhile does not pull their jars away
  [ -n "${SKIP_BUILD:-}" ] && [ -d "$out/$1-app" ] && return
  flock /tmp/hasila-build.lock ./mvnw -q package -DskipTests ${2:-}
  rm -rf "$out/$1-app" && cp -r target/quarkus-app "$out/$1-app"
}

seconds() { awk -v from="$1" -v to="$(date +%s.%N)" 'BEGIN {printf "%.1f", to - from}'; }

# Starts the app with the given environment, imports the file through the API, prints the time and the heap.
import() {
  local name=$1 && shift
  env HASILA_DEMO_DATA=false HASILA_ADMIN_PASSWORD=bench-password QUARKUS_HTTP_PORT=$port \
    QUARKUS_MANAGEMENT_PORT=$((port + 1000)) "$@" \
    java "$heap" -jar "$out/$name-app/quarkus-run.jar" > "$out/$name-app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    kill -0 $app 2>/dev/null || { echo "the app did not start: $out/$name-app.log"; exit 1; }
    sleep 0.5
  done
  # Heap in use (survivor, eden and old generations, KiB)
  (while kill -0 $app 2>/dev/null; do jstat -gc $app 2>/dev/null | awk 'NR==2 {print int($3+$4+$6+$8)}'; sleep 0.2; done) \
    > "$out/$name-heap.txt" &
  sampler=$!
  local start && start=$(date +%s.%N)
  status=$(curl -s -o "$out/$name-report.json" -w "%{http_code}" -u admin:bench-password -H 'Content-Type: text/csv' \
    -H "Content-Disposition: attachment; filename=\"$(basename "$file")\"" --data-binary "@$file" \
    "http://127.0.0.1:$port/api/v1/claims/import?publish=true")
  import_s=$(seconds "$start")
  kill $sampler; wait $sampler 2>/dev/null || true
  heap_mib=$(sort -n "$out/$name-heap.txt" | tail -1 | awk '{printf "%d", $1/1024}')
  kill $app; wait $app 2>/dev/null || true
  trap - EXIT
  echo "  import through the API: $import_s s (HTTP $status: $(head -c 120 "$out/$name-report.json"))"
  echo "  most heap in use during the import: $heap_mib MiB"
}

ratio() { awk -v engine="$1" -v app="$2" 'BEGIN {printf "  ratio engine / import: %.2f (at least 0.25 wanted)\n", engine / app}'; }

if [ "${ONLY:-h2}" = h2 ]; then
  build h2
  rm -rf "$out/h2-data" "$out/h2-scratch"
  h2jar=$(ls "$out"/h2-app/lib/main/com.h2database.h2-*.jar)
  start=$(date +%s.%N)
  java -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:./$out/h2-scratch/scratch" -user sa \
    -sql "create table scratch as select * from csvread('$file', null, 'charset=UTF-8')" > /dev/null
  engine_s=$(seconds "$start")
  echo "H2"
  echo "  CSVREAD into a scratch table: $engine_s s"
  import h2 QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:./$out/h2-data/hasila"
  ratio "$engine_s" "$import_s"
fi

if [ "${ONLY:-postgresql}" = postgresql ]; then
  build postgresql -Dquarkus.profile=postgresql
  psql="psql -q -h 127.0.0.1 -U hasila -v ON_ERROR_STOP=1"
  if [ -z "${DATABASE:-}" ]; then
    su postgres -c "psql -q -c 'drop database if exists $database' -c 'create database $database owner hasila'"
  fi
  columns=$(head -1 "$file" | tr -d '\r' | sed 's/,/ text, /g; s/$/ text/')
  $psql -d "$database" -c "drop table if exists scratch" -c "create table scratch ($columns)"
  start=$(date +%s.%N)
  $psql -d "$database" -c "\\copy scratch from '$file' with (format csv, header true)"
  engine_s=$(seconds "$start")
  $psql -d "$database" -c "drop table scratch"
  echo "PostgreSQL"
  echo "  COPY into a scratch table: $engine_s s"
  import postgresql QUARKUS_PROFILE=postgresql QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
    QUARKUS_DATASOURCE_USERNAME=hasila QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD"
  ratio "$engine_s" "$import_s"
fi
