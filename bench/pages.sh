#!/usr/bin/env bash
# Page-serving benchmark: Kakehashi on a real Tomcat 11 (cargo), H2, 30 posts, then wrk against
# the home page, an article page and the RSS feed. Rerunnable; prints requests/s, latency and the
# Tomcat JVM's resident memory. Needs: JDK, Maven, curl, wrk (apt-get install wrk).
#   bench/pages.sh [seconds-per-url] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-8181}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d /tmp/kakehashi-bench-XXXXXX)
JAR=$(mktemp)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

[ -f target/kakehashi.war ] || mvn -B -q -DskipTests package
export KAKEHASHI_BASE_URL="$BASE" KAKEHASHI_ADMIN_USERNAME=bench KAKEHASHI_ADMIN_PASSWORD=bench-password-1 \
       KAKEHASHI_ADMIN_EMAIL=bench@example.com
START=$(date +%s.%N)
setsid mvn -B -q cargo:run -Dkakehashi.run.port="$PORT" -Dkakehashi.run.dataDir="$DATA" >"$DATA/cargo.log" 2>&1 &
CARGO=$!
TOMCAT=
# Only what this run started, by pid: cargo's process group (setsid made it the leader) and the
# Tomcat JVM it forked, found among that group's members.
stop() {
  [ -n "$TOMCAT" ] && kill "$TOMCAT" 2>/dev/null || true
  kill -- -"$CARGO" 2>/dev/null || true
  for _ in $(seq 1 20); do { [ -z "$TOMCAT" ] || ! kill -0 "$TOMCAT" 2>/dev/null; } && break; sleep 0.5; done
  rm -rf "$DATA" "$JAR"
}
trap stop EXIT

for _ in $(seq 1 120); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$BASE/health" >/dev/null || { echo "Kakehashi did not start; see $DATA/cargo.log" >&2; tail -50 "$DATA/cargo.log"; exit 1; }
TOMCAT=$(ps -o pid=,args= -g "$CARGO" | awk '/catalina.base/ && !/awk/ {print $1; exit}')
echo "Start-up to a healthy answer (Maven and cargo included): $(echo "$(date +%s.%N) - $START" | bc | cut -c1-5) s"
[ -n "$TOMCAT" ] && echo "Tomcat JVM resident memory, idle: $(( $(ps -o rss= -p "$TOMCAT") / 1024 )) MiB"

LOGIN_CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=bench&password=bench-password-1&_csrf=$LOGIN_CSRF" "$BASE/login"
csrf() { curl -s -b "$JAR" "$BASE/admin/posts/new" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
TOKEN=$(csrf)
BODY=$(printf 'A paragraph of *Markdown* with a [link](https://example.com) and `code`.\n\n%.0s' $(seq 1 12))
for i in $(seq 1 30); do
  curl -s -b "$JAR" -o /dev/null --data-urlencode "_csrf=$TOKEN" --data-urlencode kind=article \
       --data-urlencode action=publish --data-urlencode "title=Benchmark article $i" \
       --data-urlencode "body=$BODY" --data-urlencode "tags=bench, t$((i % 5))" "$BASE/admin/posts"
done
ARTICLE="$BASE/articles/benchmark-article-7"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$ARTICLE")" = 200 ] || { echo "seeding failed" >&2; exit 1; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for url in "$BASE/" "$ARTICLE" "$BASE/feed.xml"; do
  curl -s -o /dev/null "$url"; wrk -t2 -c"$CONNECTIONS" -d5s "$url" >/dev/null   # warm up the JIT
  echo "== $url ($CONNECTIONS connections, ${DURATION}s)"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url" | grep -E 'Requests/sec|Latency  |50%|99%|Non-2xx'
done
[ -n "$TOMCAT" ] && echo "Tomcat JVM resident memory, after load: $(( $(ps -o rss= -p "$TOMCAT") / 1024 )) MiB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
