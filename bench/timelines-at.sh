#!/usr/bin/env bash
# A timeline at= a past moment against the current one's first render, in one run of the packaged app: each
# request names a moment of its own (a millisecond apart), so no kept answer serves it; then the same moments
# again, answered from what was kept, and the headers a settled past state is sent with.
#   bench/load.sh 1000000     # once: fills bench/out/data
#   bench/timelines-at.sh
source "$(dirname "$0")/packaged-app.sh"
wide="conflict=Conflict%200&category=civilians-killed&subject=Party%200A"
start_app

median() { sort -n | awk '{t[NR]=$1} END {printf "%.0f", t[int((NR+1)/2)]*1000}'; }
claims=$(curl -sf "$base/api/v1/timeline?$wide" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len({c for s in d["series"] for p in s["points"] for c in p["claims"]}))')
total=$(curl -sf "$base/api/v1/timelines" | python3 -c 'import json,sys; print(sum(t["claims"] for t in json.load(sys.stdin)))')
# The current state's first render: after each publishing (the version is re-read each second).
current=$(for i in 1 2 3 4 5; do
  publish_into_timeline 2 "$i"
  sleep 1.2
  curl -sf -o /dev/null -w '%{time_total}\n' "$base/timelines?$wide"
done | median)
# The same timeline at settled moments before those claims: the revision current then, read from Envers' tables.
past=$(date -u -d '-2 minutes' +%s)
moments() { for i in 1 2 3 4 5; do echo "$(date -u -d "@$past" +%Y-%m-%dT%H:%M:%S).00${i}Z"; done; }
at=$(moments | while read -r moment; do
  curl -sf -o /dev/null -w '%{time_total}\n' "$base/timelines?$wide&at=$moment"
done | median)
again=$(moments | while read -r moment; do
  curl -sf -o /dev/null -w '%{time_total}\n' "$base/timelines?$wide&at=$moment"
done | median)
moment=$(moments | sed -n 1p)
svg_first=$(curl -sf -o /dev/null -w '%{time_total}' "$base/timelines/chart.svg?$wide&at=$moment")
headers=$(curl -sf -o /dev/null -D - "$base/timelines/chart.svg?$wide&at=$moment" | tr -d '\r')
tag=$(echo "$headers" | awk -F': ' 'tolower($1) == "etag" {print $2}')
cache=$(echo "$headers" | awk -F': ' 'tolower($1) == "cache-control" {print $2}')
revalidated=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' -H "If-None-Match: $tag" "$base/timelines/chart.svg?$wide&at=$moment")
{
  echo "$total published claims; the timeline draws $claims"
  echo "first render: current ${current} ms, at= a past moment ${at} ms, the same moments again ${again} ms (median of 5 each)"
  awk -v c="$current" -v a="$at" 'BEGIN {printf "at= / current: %.1f (must be at most 5)\n", a / c}'
  echo "chart.svg at= the first moment: first ${svg_first} s; sent with Cache-Control: $cache; If-None-Match answered $revalidated"
} | tee "$out/timelines-at.txt"
stop_app
