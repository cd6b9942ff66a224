# Sourced by the wrk benchmarks: the packaged app on the data bench/load.sh made, on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
port=${PORT:-8181}
base="http://127.0.0.1:$port"
[ -d "$out/data" ] || { echo "no data: run bench/load.sh first" >&2; exit 1; }
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests

start_app() {
  HASILA_DEMO_DATA=false HASILA_ADMIN_PASSWORD=bench-password QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:./$out/data/hasila" \
    java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
  app=$!
  until curl -sf "$base/q/health/ready" > /dev/null; do sleep 0.5; done
}
stop_app() { kill $app; wait $app 2>/dev/null || true; }
trap 'kill $app 2>/dev/null || true' EXIT
