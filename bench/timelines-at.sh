#!/usr/bin/env bash
# A timeline at= a past moment against the current one's first render, in one run of the packaged app: each
# request names a moment of its own (a millisecond apart), so no kept answer serves it.
#   bench/load.sh 1000000     # once: fills bench/out/data
#   bench/timelines-at.sh
source "$(dirname "$0")/packaged-app.sh"
wide="conflict=Conflict%200&category=civilians-killed&subject=Party%200A"
start_app

median() { sort -n | awk '{t[NR]=$1} END {printf "%.0f", t[int((NR+1)/2)]*1000}'; }
# The current state's first render: after each publishing (the version is re-read each second).
current=$(for i in 1 2 3 4 5; do
  printf 'conflict,claimant,claimant_side,subject_side,category,qualifier,value,counting,period_end,source_outlet\r\nConflict 0,Claimant 0,Party 0A,Party 0A,civilians-killed,exact,%d,cumulative,2030-02-0%d,Bench\r\n' "$((9100 + i))" "$i" |
    curl -sf -o /dev/null -u admin:bench-password -H 'Content-Type: text/csv' --data-binary @- "$base/api/v1/claims/import?publish=true"
  sleep 1.2
  curl -sf -o /dev/null -w '%{time_total}\n' "$base/timelines?$wide"
done | median)
# The same timeline at moments before those claims: the revision current then, read from Envers' tables.
past=$(date -u -d '-1 minute' +%s)
at=$(for i in 1 2 3 4 5; do
  moment=$(date -u -d "@$past" +%Y-%m-%dT%H:%M:%S).00${i}Z
  curl -sf -o /dev/null -w '%{time_total}\n' "$base/timelines?$wide&at=$moment"
done | median)
echo "first render: current ${current} ms, at= a past moment ${at} ms (median of 5 each)" | tee "$out/timelines-at.txt"
awk -v c="$current" -v a="$at" 'BEGIN {printf "at= / current: %.1f (must be at most 5)\n", a / c}' | tee -a "$out/timelines-at.txt"
stop_app
