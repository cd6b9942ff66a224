#!/usr/bin/env bash
# Throughput of timeline pages against a trivial page and a static file of the same size, all served by the
# packaged app in one run, with wrk on 127.0.0.1; then the time of the first render after a claim is published.
#   bench/load.sh 1000000     # once: fills bench/out/data
#   bench/timelines.sh [SECONDS=15]
seconds=${1:-15}
source "$(dirname "$0")/packaged-app.sh"
wide="conflict=Conflict%200&category=civilians-killed&subject=Party%200A"
narrow="$wide&item=tank%20T-72"

# A static file the size of the 2,000-claim page, served from the application jar like any static resource.
start_app
curl -sf "$base/timelines?$wide" > "$out/page.html"
size=$(stat -c %s "$out/page.html")
stop_app
mkdir -p target/classes/META-INF/resources/bench
head -c "$size" /dev/zero | tr '\0' 'x' > target/classes/META-INF/resources/bench/static.html
flock /tmp/hasila-build.lock ./mvnw -q -o package -DskipTests
rm -rf target/classes/META-INF/resources/bench
start_app

claims() { curl -sf "$base/api/v1/timeline?$1" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len({c for s in d["series"] for p in s["points"] for c in p["claims"]}))'; }
echo "timeline of $(claims "$narrow") claims drawn: $base/timelines?$narrow"
echo "timeline of $(claims "$wide") claims drawn: $base/timelines?$wide ($size bytes)"

measure() {
  wrk -t1 -c16 -d2s "$2" > /dev/null
  rps=$(wrk -t1 -c16 -d"${seconds}s" --latency "$2" | tee "$out/wrk-$1.txt" | awk '/Requests\/sec/ {print $2}')
  echo "$1 $rps"
}
{
  measure trivial "$base/login"
  measure static "$base/bench/static.html"
  measure timeline-200 "$base/timelines?$narrow"
  measure timeline-2000 "$base/timelines?$wide"
} | tee "$out/throughput.txt"
awk '{r[$1]=$2} END {
  printf "requests/s: trivial page %.0f, static file %.0f, 200-claim timeline %.0f, 2,000-claim timeline %.0f\n", r["trivial"], r["static"], r["timeline-200"], r["timeline-2000"];
  printf "2,000-claim timeline / static file of the same size: %.2f\n", r["timeline-2000"] / r["static"];
  printf "200-claim timeline / static file: %.2f; trivial page / static file: %.2f\n", r["timeline-200"] / r["static"], r["trivial"] / r["static"] }' "$out/throughput.txt"

# After a claim is published into the 2,000-claim timeline (the app idle first; the version is re-read each
# second): the first render of the timeline, then the same unchanged page.
median() { sort -n | awk -v what="$1" '{t[NR]=$1} END {printf "%s: median %.0f ms (of %d; fastest %.0f ms, slowest %.0f ms)\n", what, t[int((NR+1)/2)]*1000, NR, t[1]*1000, t[NR]*1000}'; }
runs=${RUNS:-7}
await_idle
for i in $(seq 1 "$runs"); do
  publish_into_timeline 1 "$i"
  sleep 1.2
  curl -sf -o /dev/null -w '%{time_total}\n' "$base/timelines?$wide" >&3
  sleep 1
  curl -sf -o /dev/null -w '%{time_total}\n' "$base/timelines?$wide" >&4
  await_idle
done 3> "$out/first-render.txt" 4> "$out/unchanged.txt"
median "first render of the 2,000-claim timeline after a claim is published" < "$out/first-render.txt"
median "the same page unchanged" < "$out/unchanged.txt"

# How long after a publish (its answer received) the first screen shows it, asking every 50 ms.
for i in $(seq 1 "$runs"); do
  before=$(curl -sf "$base/" | md5sum)
  publish_into_timeline 2 "$i"
  began=$(date +%s%N)
  until [ "$(curl -sf "$base/" | md5sum)" != "$before" ]; do sleep 0.05; done
  echo "$(( $(date +%s%N) - began ))" | awk '{print $1 / 1e9}'
  await_idle
done | median "a publish shown on the first screen"
curl -sf -o /dev/null -w '%{time_total}\n' "$base/" > /dev/null
for i in $(seq 1 "$runs"); do curl -sf -o /dev/null -w '%{time_total}\n' "$base/"; done | median "the first screen unchanged"
