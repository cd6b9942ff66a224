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
./mvnw -q -o package -DskipTests
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

# First render after a claim is published into the 2,000-claim timeline (the version is re-read each second).
for i in 1 2 3 4 5; do
  printf 'conflict,claimant,claimant_side,subject_side,category,qualifier,value,counting,period_end,source_outlet\r\nConflict 0,Claimant 0,Party 0A,Party 0A,civilians-killed,exact,%d,cumulative,2030-01-0%d,Bench\r\n' "$((9000 + i))" "$i" |
    curl -sf -o /dev/null -u admin:bench-password -H 'Content-Type: text/csv' --data-binary @- "$base/api/v1/claims/import?publish=true"
  sleep 1.2
  curl -sf -o /dev/null -w '%{time_total}\n' "$base/timelines?$wide"
done | sort -n | awk '{t[NR]=$1} END {printf "first render after a claim is published: median %.0f ms (of %d; slowest %.0f ms)\n", t[int((NR+1)/2)]*1000, NR, t[NR]*1000}'
