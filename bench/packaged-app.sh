# Sourced by the wrk benchmarks: the packaged app on the data bench/load.sh made, on 127.0.0.1.
# JFR=/tmp/app.jfr records a profile of each start into that file (the last start's is kept).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=bench/out
port=${PORT:-8181}
base="http://127.0.0.1:$port"
# APP=dir runs another build of the app (say, the code before a change) on the same data; JAVA_EXTRA adds JVM
# options (a JFR recording, say)
app_dir=${APP:-target/quarkus-app}
[ -d "$out/data" ] || { echo "no data: run bench/load.sh first" >&2; exit 1; }
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$app_dir/quarkus-run.jar" ] || ./mvnw -q package -DskipTests

# Starts the app and returns once it is ready and idle; says how long each took.
start_app() {
  local began=$(date +%s%N)
  HASILA_DEMO_DATA=false HASILA_ADMIN_PASSWORD=bench-password QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:./$out/data/hasila" \
    java -Xmx1g ${JFR:+-XX:StartFlightRecording=filename=$JFR,settings=profile} ${JAVA_EXTRA:-} \
    -jar "$app_dir/quarkus-run.jar" > "$out/app.log" 2>&1 &
  app=$!
  until curl -sf "$base/q/health/ready" > /dev/null; do sleep 0.1; done
  local ready=$(date +%s%N)
  await_idle
  echo "app ready in $(( (ready - began) / 1000000 )) ms, then busy for $(( ($(date +%s%N) - ready) / 1000000 - 2000 )) ms" >&2
}
# Returns once the app has used less than 5 % of a core for two seconds running: whatever it does on its own
# after a start or a change (computing, collecting garbage) is not measured as a reader's wait.
await_idle() {
  local quiet=0 before after
  before=$(awk '{print $14 + $15}' /proc/$app/stat)
  while [ $quiet -lt 4 ]; do
    sleep 0.5
    after=$(awk '{print $14 + $15}' /proc/$app/stat)
    if [ $((after - before)) -le 2 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    before=$after
  done
}
# Publishes one new claim into the 2,000-claim timeline (Conflict 0, civilians killed of Party 0A) through the import
# API, as of 2030-MONTH-DAY ($1, $2). Its figure comes from the clock, so that a run on data an earlier run published
# into stores a claim too (a repeated row is a duplicate: nothing stored, nothing to compute again); says so if not.
publish_into_timeline() {
  local answer
  answer=$(printf 'conflict,claimant,claimant_side,subject_side,category,qualifier,value,counting,period_end,source_outlet\r\nConflict 0,Claimant 0,Party 0A,Party 0A,civilians-killed,exact,%d,cumulative,2030-%02d-%02d,Bench\r\n' \
    "$(( $(date +%s%N) / 1000000 % 1000000000 ))" "$1" "$2" |
    curl -sf -u admin:bench-password -H 'Content-Type: text/csv' --data-binary @- "$base/api/v1/claims/import?publish=true")
  case "$answer" in *'"claims_created":1'*) ;; *) echo "the publish stored no claim: $answer" >&2; exit 1 ;; esac
}
stop_app() { kill $app; wait $app 2>/dev/null || true; }
trap 'kill $app 2>/dev/null || true' EXIT
