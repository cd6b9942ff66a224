#!/usr/bin/env bash
# Measures a claims CSV import on the packaged app with an empty H2 file database:
# the time the import API takes for a generated file, and the most heap the JVM used meanwhile.
#   bench/import.sh [ROWS=100000] [HEAP=-Xmx512m]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
heap=${2:--Xmx512m}
out=bench/out
port=${PORT:-8181}
mkdir -p "$out"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
java bench/GenerateClaims.java "$rows" > "$out/claims-$rows.csv"
rm -rf "$out/data"

HASILA_DEMO_DATA=false HASILA_ADMIN_PASSWORD=bench-password QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:./$out/data/hasila" \
  java "$heap" -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.5; done

# Heap in use (survivor, eden and old generations, KiB) sampled every 200 ms while the import runs.
(while kill -0 $app 2>/dev/null; do jstat -gc $app | awk 'NR==2 {print int($3+$4+$6+$8)}'; sleep 0.2; done) > "$out/heap.txt" &
sampler=$!
jstat -gc $app | awk 'NR==2 {printf "heap in use before the import: %d MiB\n", ($3+$4+$6+$8)/1024}'

curl -s -o "$out/report.json" -w "HTTP %{http_code}, import of $rows rows: %{time_total} s\n" \
  -u admin:bench-password -H 'Content-Type: text/csv' --data-binary "@$out/claims-$rows.csv" \
  "http://127.0.0.1:$port/api/v1/claims/import?publish=true"
kill $sampler
sort -n "$out/heap.txt" | tail -1 | awk '{printf "most heap in use during the import: %d MiB\n", $1/1024}'
echo "heap limit: $heap; report: $(head -c 200 "$out/report.json")"
