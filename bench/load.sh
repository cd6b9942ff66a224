#!/usr/bin/env bash
# Fills bench/out/data with a large realistic data set through the import API of the packaged app:
#   bench/load.sh [CLAIMS=1000000]
# 20 conflicts, 200 claimants, every qualifier and counting; imported in files of 100,000 rows.
#   COPIES=50 bench/load.sh 1000000
# imports CLAIMS/COPIES generated rows, then copies each claim COPIES-1 times in H2 (bench/multiply.sql): minutes
# instead of an hour, with the same conflicts, claimants, timelines and dates; the copies get copies of their
# originals' history rows, under the import's revisions.
set -euo pipefail
cd "$(dirname "$0")/.."
claims=${1:-1000000}
out=bench/out
port=${PORT:-8181}
mkdir -p "$out"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
# A copy of the packaged app, so that a rebuild while loading does not pull its jars away
rm -rf "$out/data" "$out"/part-* "$out/app"
cp -r target/quarkus-app "$out/app"
copies=${COPIES:-1}
java bench/GenerateClaims.java "$((claims / copies))" 20 200 > "$out/claims.csv"
tail -n +2 "$out/claims.csv" | split -l 100000 - "$out/part-"

start_app() {
  HASILA_DEMO_DATA=false HASILA_ADMIN_PASSWORD=bench-password QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:./$out/data/hasila" \
    java -Xmx2g -jar "$out/app/quarkus-run.jar" > "$out/load.log" 2>&1 &
  app=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.5; done
}
trap 'kill $app 2>/dev/null || true' EXIT
start_app
start=$(date +%s)
for part in "$out"/part-*; do
  { head -1 "$out/claims.csv"; cat "$part"; } > "$part.csv"
  curl -sf -o /dev/null -w "$(basename "$part"): HTTP %{http_code} in %{time_total} s\n" -u admin:bench-password \
    -H 'Content-Type: text/csv' --data-binary "@$part.csv" "http://127.0.0.1:$port/api/v1/claims/import?publish=true"
  rm "$part" "$part.csv"
done
if [ "$copies" -gt 1 ]; then
  kill $app; wait $app 2>/dev/null || true
  sed "s/\${copies}/$copies/" bench/multiply.sql > "$out/multiply.sql"
  java -cp "$(ls "$out"/app/lib/main/com.h2database.h2-*.jar)" org.h2.tools.RunScript \
    -url "jdbc:h2:file:./$out/data/hasila" -user hasila -script "$out/multiply.sql"
  # Copying in SQL leaves H2's file mostly holes (14 GB written, 3 GB kept): without compacting it as an operator
  # would after a bulk load, H2 rewrote old chunks in the background for seconds after every later write, beside
  # the requests measured
  echo "SHUTDOWN COMPACT;" > "$out/compact.sql"
  java -cp "$(ls "$out"/app/lib/main/com.h2database.h2-*.jar)" org.h2.tools.RunScript \
    -url "jdbc:h2:file:./$out/data/hasila" -user hasila -script "$out/compact.sql"
  # multiply.sql empties the tally of published claims: one start counts it again from every claim, as after any
  # loss of it, so that the benches' starts find it kept, as a running register's starts do
  start_app
  grep -o "Readers' summaries counted again in [0-9]* ms" "$out/load.log" || echo "the tally was not counted again"
  kill $app; wait $app 2>/dev/null || true
fi
echo "loaded $claims claims in $(( $(date +%s) - start )) s"
