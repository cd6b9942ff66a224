#!/usr/bin/env bash
# An import killed mid-way stores nothing and can be started again: packages the app, starts importing a generated
# file through the API (an import job), kill -9s the app while the job runs, shows the job still marked running and
# no claim in the database, restarts the app, which reports the job failed, then imports the same file again.
#   bench/import-kill.sh [ROWS=200000] [HEAP=-Xmx2g]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-200000}
heap=${2:--Xmx2g}
out=bench/out/kill
port=${PORT:-8182}
base="http://127.0.0.1:$port"
mkdir -p "$out"
# Packaged when the sources changed since the last package, and copied, so that a build meanwhile changes nothing here
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "$(find src pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
  flock /tmp/hasila-build.lock ./mvnw -q package -DskipTests
fi
rm -rf "$out/app" && cp -r target/quarkus-app "$out/app"
java bench/GenerateClaims.java "$rows" > "$out/claims.csv"
rm -rf "$out/data"
url="jdbc:h2:file:./$out/data/hasila"
h2=$(ls "$out"/app/lib/main/com.h2database.h2-*.jar)
sql() { java -cp "$h2" org.h2.tools.Shell -url "$url" -user hasila -password '' -sql "$1"; }

start_app() {
  HASILA_DEMO_DATA=false HASILA_ADMIN_PASSWORD=bench-password HASILA_IMPORT_MAX_ROWS=1000000 \
    HASILA_INSTANCE=bench QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="$url" \
    java "$heap" -jar "$out/app/quarkus-run.jar" >> "$out/app.log" 2>&1 &
  app=$!
  until curl -sf "$base/q/health/ready" > /dev/null; do sleep 0.5; done
  # The job's page and its progress are an editor's: log in with the login form and its CSRF token.
  rm -f "$out/cookies"
  csrf=$(curl -s -c "$out/cookies" -b "$out/cookies" "$base/login" | grep -o 'name="csrf-token" value="[^"]*"' \
    | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$out/cookies" -b "$out/cookies" --data-urlencode "csrf-token=$csrf" \
    --data-urlencode username=admin --data-urlencode password=bench-password "$base/login"
}
progress() { curl -s -b "$out/cookies" "$base/imports/jobs/$1/progress"; }
: > "$out/app.log"
trap 'kill ${app:-0} 2>/dev/null || true' EXIT

echo "== 1. importing $rows rows ($(du -h "$out/claims.csv" | cut -f1)) through the API, as an import job"
start_app
curl -s -o "$out/first.json" -u admin:bench-password -H 'Content-Type: text/csv' \
  --data-binary "@$out/claims.csv" "$base/api/v1/claims/import?publish=true" &
client=$!
job=""
until [ -n "$job" ]; do
  sleep 0.5
  job=$(curl -s -b "$out/cookies" "$base/desk" | grep -o '/imports/jobs/[0-9]*' | head -1 | sed 's/.*\///' || true)
done
until progress "$job" | grep -q '"per_mille":[3-9][0-9][0-9]'; do
  progress "$job"; echo; sleep 2
done
echo "job $job, before the kill: $(progress "$job")"
kill -9 $app
wait $app 2>/dev/null || true
wait $client 2>/dev/null || true
echo "== 2. after kill -9, in the database"
sql "select id, kind, state, rows_checked, rows_stored, running_sha256 is not null as holds_its_file from import_job"
sql "select count(*) as claims, (select count(*) from source) as sources, (select count(*) from revision) as revisions from claim"

echo "== 3. restarted"
start_app
echo "job $job: $(progress "$job")"
curl -s -b "$out/cookies" "$base/imports/jobs/$job" | grep -o 'role="alert">[^<]*'
echo "published claims: $(($(curl -s "$base/api/v1/claims.csv" | wc -l) - 1))"

echo "== 4. the same file again"
curl -s -o "$out/second.json" -w "HTTP %{http_code} in %{time_total} s\n" -u admin:bench-password \
  -H 'Content-Type: text/csv' --data-binary "@$out/claims.csv" "$base/api/v1/claims/import?publish=true"
head -c 300 "$out/second.json"; echo
kill $app
wait $app 2>/dev/null || true
sql "select id, kind, state, rows_checked, rows_stored, failure from import_job order by id"
sql "select count(*) as claims from claim"
