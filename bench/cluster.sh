#!/usr/bin/env bash
# Two instances of the packaged app on one PostgreSQL behind HAProxy, all on 127.0.0.1, and what holds in one run:
#   (a) a login through the balancer works on both instances (sessions are in the database), and the log counts
#       the client's address, not one it forged;
#   (b) a claim published through one instance is on the other's timeline, claim page and first screen: how soon;
#   (c) readers' latency (wrk --latency through the balancer) during an editor's import on one instance, against
#       the same reads before it;
#   (d) one instance stopped (SIGTERM) while wrk reads and an editor publishes through the balancer: requests lost,
#       and claims stored against claims acknowledged.
# A summary of the figures is printed at the end (and kept in bench/out/cluster/summary.txt).
#   bench/cluster.sh [IMPORT_ROWS=100000] [PRELOAD_ROWS=20000]
# Needs: Debian's PostgreSQL 15 (cluster 15 main, run as root: the script uses `su postgres` to create a fresh
# database hasila_cluster owned by the role hasila/hasila), `apt-get install haproxy wrk`, java, curl, python3.
# The app is packaged for PostgreSQL into bench/out/cluster-app once (BUILD=1 packages it again, e.g. after a merge).
# Environment: HEAP (-Xmx2g), DB (hasila_cluster), DB_USER/DB_PASSWORD (hasila/hasila), WRK ("-t1 -c8"),
# READ_SECONDS (10), WARM_SECONDS (30: reads before the first measured one, so that both JVMs have compiled the
# page), STOP_SECONDS (20), IMPORT_WATCH (seconds of reads during the import; by default until it ends:
# an import still running then goes on in the background on a, and the summary says so).
set -euo pipefail
cd "$(dirname "$0")/.."
import_rows=${1:-100000}
preload_rows=${2:-20000}
heap=${HEAP:--Xmx2g}
db=${DB:-hasila_cluster}
db_user=${DB_USER:-hasila}
db_password=${DB_PASSWORD:-hasila}
wrk_load=${WRK:--t1 -c8}
read_seconds=${READ_SECONDS:-10}
warm_seconds=${WARM_SECONDS:-30}
stop_seconds=${STOP_SECONDS:-20}
import_watch=${IMPORT_WATCH:-}
out=bench/out/cluster
app=bench/out/cluster-app
balancer=http://127.0.0.1:8280
declare -A port=([a]=8281 [b]=8282) management=([a]=9281 [b]=9282) pid=()
password=bench-password

for tool in haproxy wrk curl python3 java pg_ctlcluster psql; do
  command -v $tool > /dev/null || { echo "$tool is missing: apt-get install haproxy wrk postgresql curl python3" >&2; exit 1; }
done
rm -rf "$out"
mkdir -p "$out"
: > "$out/summary.txt"
say() { echo "$*" | tee -a "$out/summary.txt"; }
step() { echo; echo "== $*"; }

if [ "${BUILD:-0}" = 1 ] || [ ! -f "$app/quarkus-run.jar" ]; then
  step "packaging the app for PostgreSQL into $app"
  flock /tmp/hasila-build.lock ./mvnw -q package -DskipTests -Dquarkus.profile=postgresql
  rm -rf "$app"
  cp -r target/quarkus-app "$app"
fi

step "PostgreSQL 15 main: a fresh database $db"
pg_ctlcluster 15 main status > /dev/null || pg_ctlcluster 15 main start
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$db_user') then
    create role $db_user login password '$db_password';
  end if;
end \$\$;
drop database if exists $db;
create database $db owner $db_user;
SQL
sql() { PGPASSWORD=$db_password psql -h 127.0.0.1 -U "$db_user" -d "$db" -tAq -c "$1"; }

start() { # an instance: its name (a, b)
  HASILA_INSTANCE=$1 HASILA_DEMO_DATA=false HASILA_ADMIN_PASSWORD=$password \
    HASILA_PUBLIC_URL=$balancer HASILA_ADMIN_PASSWORD_FILE="$out/admin-password-$1.txt" \
    HASILA_IMPORT_MAX_ROWS=$((import_rows > 100000 ? import_rows : 100000)) \
    QUARKUS_HTTP_PORT=${port[$1]} QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT=${management[$1]} QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY="$out/uploads-$1" \
    QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
    QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
    QUARKUS_PROFILE=postgresql QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    QUARKUS_DATASOURCE_USERNAME=$db_user QUARKUS_DATASOURCE_PASSWORD=$db_password \
    java "$heap" -jar "$app/quarkus-run.jar" >> "$out/app-$1.log" 2>&1 &
  pid[$1]=$!
}
ready() { until curl -sf "http://127.0.0.1:${port[$1]}/q/health/ready" > /dev/null; do sleep 0.3; done; }
cleanup() {
  for p in "${pid[@]}"; do kill "$p" 2> /dev/null || true; done
  wait 2> /dev/null || true
}
trap cleanup EXIT

step "two instances: a on ${port[a]}, b on ${port[b]} (a first: it migrates the schema and creates the editor)"
start a
ready a
start b
ready b

# The balancer: round robin, health checks on readiness, failed connections and 503s retried on the other
# instance (a POST only when it never reached one), and the client's address set by the balancer alone.
cat > "$out/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 600s
    timeout check 2s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout 503
    option httpchk GET /q/health/ready
    http-check expect status 200
frontend www
    bind 127.0.0.1:8280
    http-request del-header Forwarded
    http-request del-header X-Forwarded-Host
    http-request del-header X-Forwarded-Port
    http-request del-header X-Forwarded-Prefix
    http-request del-header X-Forwarded-Ssl
    http-request set-header X-Forwarded-For %[src]
    http-request set-header X-Forwarded-Proto http
    default_backend hasila
backend hasila
    balance roundrobin
    http-request disable-l7-retry if METH_POST
    http-response set-header X-Hasila-Instance %s
    server a 127.0.0.1:${port[a]} check inter 500ms fall 2 rise 2
    server b 127.0.0.1:${port[b]} check inter 500ms fall 2 rise 2
CFG
haproxy -c -q -f "$out/haproxy.cfg"
haproxy -db -f "$out/haproxy.cfg" > "$out/haproxy.log" 2>&1 &
pid[haproxy]=$!
until curl -sf "$balancer/q/health/ready" > /dev/null; do sleep 0.3; done

step "data: $preload_rows claims published through a, so that timelines have something to draw"
java bench/GenerateClaims.java "$preload_rows" 20 200 1 > "$out/preload.csv"
curl -sf -o /dev/null -w "HTTP %{http_code} in %{time_total} s\n" -u admin:$password -H 'Content-Type: text/csv' \
  --data-binary "@$out/preload.csv" "http://127.0.0.1:${port[a]}/api/v1/claims/import?publish=true"
echo "claims: $(sql 'select count(*) from claim')"

step "(a) logins through the balancer"
login() { # the cookie jar to fill; prints the instance that answered the login
  local token
  token=$(curl -sf -c "$1" "$balancer/login" | grep -o 'name="csrf-token" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$1" -c "$1" -D - --data-urlencode "csrf-token=$token" --data-urlencode username=admin \
    --data-urlencode "password=$2" "$balancer/login" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-hasila-instance" {print $2}'
}
session_works() { # the cookie jar, the address: 200 from /accounts, a page for editors only
  curl -s -o /dev/null -w '%{http_code}' -b "$1" "$2/accounts"
}
a_ok=0
for i in 1 2 3 4; do
  jar="$out/cookies-$i.txt"
  # one more request every other time, so that round robin sends the logins to both instances
  [ $((i % 2)) = 0 ] && curl -s -o /dev/null "$balancer/q/health/ready"
  at=$(login "$jar" $password)
  direct_a=$(session_works "$jar" "http://127.0.0.1:${port[a]}")
  direct_b=$(session_works "$jar" "http://127.0.0.1:${port[b]}")
  through=$(for j in 1 2 3 4; do curl -s -o /dev/null -w '%{http_code} ' -b "$jar" "$balancer/accounts"; done)
  echo "login $i answered by $at; the cookie on a: $direct_a, on b: $direct_b, through the balancer: $through"
  [ "$direct_a $direct_b $through" = "200 200 200 200 200 200 " ] && a_ok=$((a_ok + 1))
done
# A forged X-Forwarded-For is replaced by the balancer: the failed login is logged with the real address.
forged=$(curl -s -c "$out/cookies-forged2.txt" -H 'X-Forwarded-For: 203.0.113.7' "$balancer/login" |
  grep -o 'name="csrf-token" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$out/cookies-forged2.txt" -H 'X-Forwarded-For: 203.0.113.7' \
  --data-urlencode "csrf-token=$forged" --data-urlencode username=forger --data-urlencode password=wrong-one \
  "$balancer/login"
sleep 0.5
logged=$(grep -h "Login failed: account 'forger'" "$out"/app-*.log | tail -1)
echo "the forged login's log line: $logged"
case "$logged" in
  *203.0.113.7*) forged_result="the forged address reached the log" ;;
  *"from 127.0.0.1 "*) forged_result="logged from 127.0.0.1, the forged address ignored" ;;
  *) forged_result="no log line found" ;;
esac
say "(a) logins through the balancer whose cookie worked on a, on b and through the balancer: $a_ok of 4; forged X-Forwarded-For: $forged_result"

step "(b) a claim published through a, polled on b directly"
publish() { # instance, claimant, value, day: publishes one claim of Conflict 0 dated in 2039
  printf 'conflict,claimant,claimant_side,subject_side,category,qualifier,value,counting,period_end,source_outlet\r\nConflict 0,%s,Party 0A,Party 0A,civilians-killed,exact,%d,cumulative,2039-01-%02d,Cluster bench\r\n' "$2" "$3" "$4" |
    curl -sf -o /dev/null -u admin:$password -H 'Content-Type: text/csv' --data-binary @- \
      "http://127.0.0.1:${port[$1]}/api/v1/claims/import?publish=true"
}
# Each page is polled by a reader of its own, as readers do, so that a slow page does not delay seeing another.
# Before the first publish, each page is read once on b (what a start leaves to its first readers: computing the
# timeline and the summaries, and compiling the code that does it); those first reads are timed and printed apart.
watch() { # base URL, claim id, time of the publish (or 0: read each page once and time it)
  python3 - "$@" <<'PY'
import json, sys, threading, time, urllib.parse, urllib.request
base, claim, published = sys.argv[1], sys.argv[2], float(sys.argv[3])
def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=10) as answer:
            return answer.status, answer.read().decode()
    except Exception as e:
        return getattr(e, "code", 0), ""
def on_timeline():
    status, body = get("/api/v1/timeline?" + urllib.parse.urlencode(
        {"conflict": "Conflict 0", "category": "civilians-killed", "subject": "Party 0A"}))
    return status == 200 and int(claim) in {c for s in json.loads(body)["series"] for p in s["points"] for c in p["claims"]}
checks = {"timeline": on_timeline,
          "claim page": lambda: get("/claims/" + claim)[0] == 200,
          "first screen": lambda: ('/claims/' + claim + '"') in get("/")[1]}
seen = {}
def poll(name, check):
    if published == 0:
        began = time.time()
        check()
        seen[name] = time.time() - began
        return
    while time.time() - published < 60:
        if check():
            seen[name] = time.time() - published
            return
        time.sleep(0.05)
readers = [threading.Thread(target=poll, args=item) for item in checks.items()]
for reader in readers:
    reader.start()
for reader in readers:
    reader.join()
print(" ".join("%s=%.0f" % (name.replace(" ", "_"), seen.get(name, 60) * 1000) for name in checks))
PY
}
first_reads=$(watch "http://127.0.0.1:${port[b]}" "$(sql "select max(id) from claim")" 0)
echo "first reads on b after its start (ms): $first_reads"
for i in 1 2 3; do
  publish a "Cluster witness $i" $((70000 + i)) $i
  published=$(date +%s.%N)
  watch "http://127.0.0.1:${port[b]}" "$(sql "select max(id) from claim")" "$published"
done | tee "$out/visible.txt"
awk '{for (i = 1; i <= NF; i++) {split($i, kv, "="); if (kv[2] > worst[kv[1]]) worst[kv[1]] = kv[2]}}
  END {printf "(b) published on a, seen on b directly, slowest of %d publishes: timeline %d ms, claim page %d ms, first screen %d ms (the goal: 1,000 ms)\n",
    NR, worst["timeline"], worst["claim_page"], worst["first_screen"]}' "$out/visible.txt" | tee -a "$out/summary.txt"
say "    each page's first read on b after its start, before the first publish (ms): $first_reads"

step "(c) readers through the balancer: $read_seconds s of wrk $wrk_load on a timeline, then again during a $import_rows-row import on a"
timeline="$balancer/timelines?conflict=Conflict%200&category=civilians-killed&subject=Party%200A"
latency() { # wrk's output: p50, p99, non-2xx, socket errors
  awk '/ 50%/ {p50=$2} / 99%/ {p99=$2} /Non-2xx/ {bad=$NF} /Socket errors/ {gsub(",", ""); errors=$4+$6+$8+$10}
    /Requests\/sec/ {rps=$2}
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END {printf "p50 %.1f ms, p99 %.1f ms, %.0f requests/s, non-2xx %d, socket errors %d", ms(p50), ms(p99), rps, bad, errors}' "$1"
}
wrk $wrk_load -d"${warm_seconds}s" "$timeline" > /dev/null
wrk $wrk_load -d"${read_seconds}s" --latency "$timeline" > "$out/wrk-before.txt"
before=$(latency "$out/wrk-before.txt")
echo "before the import: $before"
java bench/GenerateClaims.java "$import_rows" > "$out/import.csv"
(curl -s -o "$out/import-report.json" -w "%{http_code} %{time_total}" -u admin:$password -H 'Content-Type: text/csv' \
  --data-binary "@$out/import.csv" "http://127.0.0.1:${port[a]}/api/v1/claims/import?publish=true" > "$out/import-status.txt") &
importer=$!
# Reads in slices of $read_seconds s for as long as the import runs: each slice's figures, and the worst slice.
slice=0
while kill -0 $importer 2> /dev/null && { [ -z "$import_watch" ] || [ $((slice * read_seconds)) -lt "$import_watch" ]; }; do
  slice=$((slice + 1))
  wrk $wrk_load -d"${read_seconds}s" --latency "$timeline" > "$out/wrk-during-$slice.txt"
  echo "during the import, slice $slice: $(latency "$out/wrk-during-$slice.txt")"
done
if kill -0 $importer 2> /dev/null; then
  import_status="still running after $((slice * read_seconds)) s (it goes on during (d))"
else
  wait $importer || true
  # curl wrote no newline: read answers 1 at the end of the file, which is no failure
  read -r import_status import_seconds < "$out/import-status.txt" || true
  import_status="HTTP $import_status in $import_seconds s"
fi
during=$(for f in "$out"/wrk-during-*.txt; do latency "$f"; echo; done | awk -F', ' '
  {split($2, p, " "); if (p[2] > worst) {worst = p[2]; line = $0}; split($4, b, " "); split($5, e, " "); bad += b[2]; errors += e[3]}
  END {printf "worst slice: %s; over all %d slices: non-2xx %d, socket errors %d", line, NR, bad, errors}')
say "(c) $import_rows-row import on a: $import_status; readers through the balancer (wrk $wrk_load): before it $before; during it $during (the goal: p99 under 100 ms, no errors)"

step "(d) b stopped (SIGTERM) after 5 s of $stop_seconds s of wrk and of publishing through the balancer"
stop_claims="select count(*) from claim c join claimant p on p.id = c.claimant_id where p.name like 'Stop witness %'"
claims_before=$(sql "$stop_claims")
wrk $wrk_load -d"${stop_seconds}s" --latency "$timeline" > "$out/wrk-stop.txt" &
reader=$!
(ok=0 failed=0 n=0
 end=$((SECONDS + stop_seconds))
 while [ $SECONDS -lt $end ]; do
   n=$((n + 1))
   code=$(printf 'conflict,claimant,claimant_side,subject_side,category,qualifier,value,counting,period_end,source_outlet\r\nConflict 1,Stop witness %d,Party 1A,Party 1A,civilians-killed,exact,%d,cumulative,2039-02-01,Cluster bench\r\n' "$n" "$n" |
     curl -s -o /dev/null -w '%{http_code}' -u admin:$password -H 'Content-Type: text/csv' --data-binary @- \
       "$balancer/api/v1/claims/import?publish=true" || true)
   if [ "$code" = 201 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); echo "publish $n: HTTP $code" >&2; fi
   sleep 0.1
 done
 echo "$ok $failed") > "$out/publishes.txt" 2> "$out/publish-failures.txt" &
writer=$!
sleep 5
stopped_at=$(date +%s.%N)
kill -TERM "${pid[b]}"
wait "${pid[b]}" 2> /dev/null || true
stop_took=$(python3 -c "import time; print('%.1f' % (time.time() - $stopped_at))")
unset 'pid[b]'
wait $reader
wait $writer
read -r published_ok published_failed < "$out/publishes.txt"
claims_after=$(sql "$stop_claims")
stored=$((claims_after - claims_before))
cat "$out/publish-failures.txt"
say "(d) b stopped in $stop_took s; readers through the balancer: $(latency "$out/wrk-stop.txt"); publishes through the balancer: $published_ok acknowledged, $published_failed refused; claims stored meanwhile: $stored ($([ $stored = "$published_ok" ] && echo "as acknowledged" || echo "NOT as acknowledged"))"
grep -h "Graceful\|stopped in\|Timed out" "$out/app-b.log" | tail -3

echo
echo "== summary (CPU: $(nproc) cores; app heap $heap; wrk $wrk_load)"
cat "$out/summary.txt"
