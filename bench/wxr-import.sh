#!/usr/bin/env bash
# WordPress import benchmark: generates an export of POSTS posts and COMMENTS comments, starts
# Kakehashi on a real Tomcat 11 (cargo) with H2, uploads the export through Settings → Import and
# times the import to its end, sampling the Tomcat JVM's used heap (jstat) for its peak.
# Rerunnable. Needs: JDK (jstat), Maven, curl, python3.
#   bench/wxr-import.sh [posts] [comments]
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-5000}
COMMENTS=${2:-50000}
PORT=${BENCH_PORT:-8182}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d /tmp/kakehashi-bench-XXXXXX)
JAR=$(mktemp)
EXPORT="$DATA/export.xml"

python3 bench/wxr-generate.py "$POSTS" "$COMMENTS" > "$EXPORT"
echo "Export: $POSTS posts, $COMMENTS comments, $(( $(stat -c %s "$EXPORT") / 1048576 )) MiB"

[ -f target/kakehashi.war ] || mvn -B -q -DskipTests package
export KAKEHASHI_BASE_URL="$BASE" KAKEHASHI_ADMIN_USERNAME=bench KAKEHASHI_ADMIN_PASSWORD=bench-password-1 \
       KAKEHASHI_ADMIN_EMAIL=bench@example.com
setsid mvn -B -q cargo:run -Dkakehashi.run.port="$PORT" -Dkakehashi.run.dataDir="$DATA" >"$DATA/cargo.log" 2>&1 &
CARGO=$!
TOMCAT=
stop() {
  [ -n "$TOMCAT" ] && kill "$TOMCAT" 2>/dev/null || true
  kill -- -"$CARGO" 2>/dev/null || true
  for _ in $(seq 1 20); do { [ -z "$TOMCAT" ] || ! kill -0 "$TOMCAT" 2>/dev/null; } && break; sleep 0.5; done
  rm -rf "$DATA" "$JAR"
}
trap stop EXIT
trap 'exit 1' INT TERM

for _ in $(seq 1 120); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$BASE/health" >/dev/null || { echo "Kakehashi did not start; see $DATA/cargo.log" >&2; exit 1; }
TOMCAT=$(ps -o pid=,args= -g "$CARGO" | awk '/catalina.base/ && !/awk/ {print $1; exit}')

LOGIN_CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=bench&password=bench-password-1&_csrf=$LOGIN_CSRF" "$BASE/login"
TOKEN=$(curl -s -b "$JAR" "$BASE/admin/settings/import" | sed -n 's/.*_csrf=\([^"]*\)".*/\1/p' | head -1)
START=$(date +%s.%N)
code=$(curl -s -b "$JAR" -o /dev/null -w '%{http_code}' -F "file=@$EXPORT;type=text/xml" -F pings=keep \
       "$BASE/admin/settings/import?_csrf=$TOKEN")
[ "$code" = 303 ] || { echo "upload answered $code" >&2; exit 1; }
echo "Upload checked and stored: $(echo "$(date +%s.%N) - $START" | bc | cut -c1-6) s"

peak=0
for _ in $(seq 1 3600); do
  if [ -n "$TOMCAT" ]; then
    used=$(jstat -gc "$TOMCAT" | awk 'NR==2 {print int(($3+$4+$6+$8)/1024)}')
    [ "$used" -gt "$peak" ] && peak=$used
  fi
  # A poll that fails (a reset connection on a loaded machine) is said and retried, not fatal.
  page=$(curl -s -b "$JAR" "$BASE/admin/settings/import") || { echo "progress poll failed (curl $?), retrying"; sleep 1; continue; }
  echo "$page" | grep -q 'class="import-report"' && break
  sleep 1
done
END=$(date +%s.%N)
echo "$page" | grep -oE 'class="(posts-imported|comments-imported|skipped)"[^<]*' | sed 's/class="//; s/">/: /'
echo "Import, upload to report: $(echo "$END - $START" | bc | cut -c1-6) s"
echo "Peak used heap of the Tomcat JVM (jstat, sampled each second): $peak MiB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
