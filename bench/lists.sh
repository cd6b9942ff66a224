#!/usr/bin/env bash
# Latency of the filtered list of claims and of /api/v1/claims at the size bench/load.sh made (a million claims),
# against a trivial page served by the same packaged app in the same run, with wrk on 127.0.0.1.
#   bench/load.sh 1000000     # once: fills bench/out/data
#   bench/lists.sh [SECONDS=20]
seconds=${1:-20}
source "$(dirname "$0")/packaged-app.sh"
start_app
echo "published claims: $(curl -sf "$base/api/v1/conflicts" | python3 -c 'import json,sys; print(sum(c["claims"] for c in json.load(sys.stdin)))')"

filters="conflict=conflict-3&category=civilians-killed&subject_side=Party%203A"
# A deep page: follow the API's next links fifty pages down the unfiltered list (2,500 claims in)
deep=""
next="/api/v1/claims"
for _ in $(seq 50); do
  next=$(curl -sf "$base$next" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')
done
deep=${next#*after=}

measure() {
  wrk -t1 -c4 -d2s "$2" > /dev/null
  wrk -t1 -c4 -d"${seconds}s" --latency "$2" > "$out/wrk-$1.txt"
  awk -v name="$1" '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2}
    END {printf "%-22s p50 %8s  p99 %8s  %8.0f requests/s\n", name, p50, p99, rps}' "$out/wrk-$1.txt"
}
{
  measure trivial-page "$base/login"
  measure list-filtered "$base/claims?$filters"
  measure list-deep-page "$base/claims?after=$deep"
  measure api-filtered "$base/api/v1/claims?$filters"
  measure api-deep-page "$base/api/v1/claims?after=$deep"
} | tee "$out/lists.txt"
