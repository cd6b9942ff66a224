#!/usr/bin/env bash
# Measures the memory of the editor's import pages on the packaged app with a fresh H2 file database: the process's
# resident memory idle, then its peak (VmHWM) after previewing a generated claims file uploaded through the page, and
# after confirming it when the preview offers to (not with PREVIEW_ONLY=1).
#   bench/upload-memory.sh [ROWS=340000 (about 100 MB)] [HEAP=-Xmx256m]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-340000}
heap=${2:--Xmx256m}
out=${OUT:-bench/out/upload}
port=${PORT:-8182}
base="http://127.0.0.1:$port"
rm -rf "$out" && mkdir -p "$out"
[ -n "${SKIP_BUILD:-}" ] || flock /tmp/hasila-build.lock ./mvnw -q package -DskipTests
# A copy of the packaged app, so that a rebuild meanwhile does not pull its jars away
cp -r target/quarkus-app "$out/app"
java bench/GenerateClaims.java "$rows" > "$out/claims.csv"

HASILA_DEMO_DATA=false HASILA_ADMIN_PASSWORD=bench-password QUARKUS_HTTP_PORT=$port \
  QUARKUS_MANAGEMENT_PORT=$((port + 1000)) QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:./$out/data/hasila" \
  QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY="$out/data/uploads" \
  java "$heap" -jar "$out/app/quarkus-run.jar" > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -sf "$base/q/health/ready" > /dev/null; do sleep 0.5; done
sleep 5
kib() { awk -v key="$1:" '$1 == key {print $2}' "/proc/$app/status"; }
mib() { echo $(( $1 / 1024 )); }
idle=$(kib VmRSS)

# Log in through the login form, with its CSRF token when it carries one
jar="$out/cookies.txt"
csrf_of() { { grep -o 'name="csrf-token" value="[^"]*"' "$1" || true; } | head -1 | sed 's/.*value="//; s/"$//'; }
curl -s -c "$jar" -b "$jar" "$base/login" > "$out/login.html"
login_csrf=$(csrf_of "$out/login.html")
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode j_username=admin --data-urlencode j_password=bench-password \
  ${login_csrf:+--data-urlencode "csrf-token=$login_csrf"} "$base/j_security_check"
curl -s -c "$jar" -b "$jar" "$base/imports" > "$out/imports.html"
csrf=$(csrf_of "$out/imports.html")
[ -n "$csrf" ] || { echo "login failed: no upload form" >&2; exit 1; }

size=$(stat -c %s "$out/claims.csv")
echo "file: $rows rows, $(mib $((size / 1024))) MiB ($((size / rows)) bytes a row); heap $heap"
echo "resident memory idle: $(mib "$idle") MiB"
curl -s -o "$out/preview.html" -c "$jar" -b "$jar" -w "preview: HTTP %{http_code} in %{time_total} s\n" \
  -F "csrf-token=$csrf" -F "publish=true" -F "file=@$out/claims.csv;type=text/csv" "$base/imports/preview"
grep -o '<h2 id="problems">[^<]*' "$out/preview.html" | sed 's/.*>/  /' || true
echo "peak resident memory after the preview: $(mib "$(kib VmHWM)") MiB"
token=$(grep -o 'name="token" value="[0-9a-f]*"' "$out/preview.html" | sed 's/.*value="//; s/"$//' || true)
if [ -n "$token" ] && [ -z "${PREVIEW_ONLY:-}" ]; then
  csrf=$(csrf_of "$out/preview.html")
  curl -s -o /dev/null -c "$jar" -b "$jar" -w "confirm: HTTP %{http_code} in %{time_total} s\n" \
    --data-urlencode "csrf-token=$csrf" --data-urlencode "token=$token" "$base/imports/confirm"
  curl -s -c "$jar" -b "$jar" "$base/imports" | grep -o 'Imported [^<]*' || echo "  (no import message)"
  echo "peak resident memory after the import: $(mib "$(kib VmHWM)") MiB"
fi
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$out/app.log" || true)"
