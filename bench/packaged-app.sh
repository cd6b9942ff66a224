# Sourced by the wrk benchmarks: the packaged app on the data bench/load.sh made, on 127.0.0.1.
# JFR=/tmp/app.jfr records a profile of each start into that file (the last start's is kept).
set -euo pipefail
cd "$(dirname "$0")/.."
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
stop_app() { kill $app; wait $app 2>/dev/null || true; }
trap 'kill $app 2>/dev/null || true' EXIT
