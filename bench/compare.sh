#!/usr/bin/env bash
# The whole comparison of issue 13 in one command: Kakehashi in a real Tomcat 11 (cargo, with the
# JVM options the README recommends) on H2 and on PostgreSQL, 30 articles each, against the
# ceiling, a static JSP deployed in the same Tomcat (bench/ceiling); WordPress when installed,
# skipped otherwise. Prints requests/s per endpoint with its share of the ceiling, start-up to the
# first page and the Tomcat JVM's resident memory idle and under load, with the load average.
# Then the inbox (bench/inbox.sh, accepted and processed activities/s) and the fan-out (bench/fanout.sh,
# 1,000 inboxes: the first post after a start, then a warm one) on each database.
# Ends only the processes it started, by pid. Needs: JDK, Maven, curl, wrk; psql tools for PostgreSQL.
#   bench/compare.sh [seconds-per-url] [connections] [h2|postgres|both]
# BENCH_JVM_ARGS replaces the recommended JVM options (pom.xml kakehashi.run.jvmArgs) to try others.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${2:-8}
DBS=${3:-both}
PORT=${BENCH_PORT:-8182}
BASE="http://127.0.0.1:$PORT"
PG=(-h 127.0.0.1 -U postgres)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f target/kakehashi.war ] || mvn -B -q -DskipTests package

CARGO= TOMCAT= DATA= JAR= PGDB=
stop() {
  [ -n "$TOMCAT" ] && kill "$TOMCAT" 2>/dev/null || true
  [ -n "$CARGO" ] && kill -- -"$CARGO" 2>/dev/null || true
  for _ in $(seq 1 30); do { [ -z "$TOMCAT" ] || ! kill -0 "$TOMCAT" 2>/dev/null; } && break; sleep 0.5; done
  [ -n "$PGDB" ] && dropdb "${PG[@]}" --if-exists "$PGDB" 2>/dev/null || true
  # A failed run keeps its logs (cargo.log, wrk.log) to look at.
  if [ -n "$DATA" ]; then
    if [ "${FAILED:-0}" = 0 ]; then rm -rf "$DATA" "$JAR"; else echo "Logs kept in $DATA" >&2; fi
  fi
  CARGO= TOMCAT= DATA= JAR= PGDB=
  return 0
}
trap 'FAILED=$?; stop' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
rss() { echo $(( $(ps -o rss= -p "$TOMCAT") / 1024 )); }
rps() { # url accept: requests/s; stops the run on any answer but a 2xx, or on wrk's errors
  local code out
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $2" "$1")
  case "$code" in 2??) ;; *) echo "$1 (Accept: $2) answered $code, not 2xx: not measured" >&2; return 1 ;; esac
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Accept: $2" "$1" >/dev/null  # warm-up
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -H "Accept: $2" "$1")
  echo "$out" >>"$DATA/wrk.log"
  # wrk counts only 4xx/5xx as "Non-2xx or 3xx"; the curl above already refused a 3xx.
  if grep -q 'Non-2xx\|Socket errors' <<<"$out"; then
    echo "$1 (Accept: $2): wrk saw errors:" >&2; echo "$out" >&2; return 1
  fi
  awk '/Requests\/sec/ {printf "%d", $2; found=1} END {exit !found}' <<<"$out" \
      || { echo "$1: wrk printed no rate:" >&2; echo "$out" >&2; return 1; }
}

declare -A RESULT
run() {
  local db=$1
  DATA=$(mktemp -d /tmp/kakehashi-compare-XXXXXX)
  JAR=$(mktemp)
  unset KAKEHASHI_DB_URL KAKEHASHI_DB_USER
  if [ "$db" = postgres ]; then
    PGDB="kakehashi_bench_$$"
    createdb "${PG[@]}" "$PGDB"
    export KAKEHASHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" KAKEHASHI_DB_USER=postgres
  fi
  export KAKEHASHI_BASE_URL="$BASE" KAKEHASHI_ADMIN_USERNAME=bench KAKEHASHI_ADMIN_PASSWORD=bench-password-1 \
         KAKEHASHI_ADMIN_EMAIL=bench@example.com
  local start; start=$(date +%s.%N)
  setsid mvn -B -Pbench cargo:run -Dkakehashi.run.port="$PORT" -Dkakehashi.run.rmiPort=$((PORT + 1)) \
      -Dkakehashi.run.baseUrl="$BASE" -Dkakehashi.run.dataDir="$DATA" \
      ${BENCH_JVM_ARGS:+"-Dkakehashi.run.jvmArgs=$BENCH_JVM_ARGS"} \
      >"$DATA/cargo.log" 2>&1 &
  CARGO=$!
  for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" = 200 ] && break; sleep 0.2; done
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" = 200 ] \
      || { echo "Kakehashi did not start; see $DATA/cargo.log" >&2; tail -50 "$DATA/cargo.log"; exit 1; }
  RESULT[$db,startup]=$(echo "$(date +%s.%N) - $start" | bc | cut -c1-5)
  TOMCAT=$(ps -o pid=,args= -g "$CARGO" | awk '/catalina.base/ && !/awk/ {print $1; exit}')
  # CPU seconds the Tomcat JVM spent to the first page: unlike the wall time, barely moved by the
  # machine's load (the other figures are at the mercy of whoever else runs on it).
  RESULT[$db,cpu]=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$TOMCAT/stat")
  # The ceiling is deployed after the ROOT application: wait for it too.
  for _ in $(seq 1 300); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/ceiling/")" = 200 ] && break; sleep 0.2; done
  RESULT[$db,tomcat]=$(sed -n 's/.*Server startup in \[\([0-9,]*\)\] milliseconds.*/\1/p' "$DATA/cargo.log" | tr -d , | head -1)
  # Kakehashi's own phases (Database.open, Wiring.start): where the start-up goes.
  RESULT[$db,phases]=$(grep -ho 'Database ready: .*\|Wired: .*' "$DATA/cargo.log" | paste -sd';' - || true)
  # The log-in form carries a CSRF field tied to its cookie: fetch it first, as a browser does.
  local login
  login=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "_csrf=$login" \
       -d 'username=bench&password=bench-password-1' "$BASE/login"
  local token body
  token=$(curl -s -b "$JAR" "$BASE/admin/posts/new" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  body=$(printf 'A paragraph of *Markdown* with a [link](https://example.com) and `code`.\n\n%.0s' $(seq 1 12))
  for i in $(seq 1 30); do
    curl -s -b "$JAR" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode kind=article \
         --data-urlencode action=publish --data-urlencode "title=Benchmark article $i" \
         --data-urlencode "body=$body" --data-urlencode "tags=bench, t$((i % 5))" "$BASE/admin/posts"
  done
  # Measuring 404s says nothing: stop when the articles are not there.
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/articles/benchmark-article-7")" = 200 ] \
      || { echo "The benchmark articles were not created; see $DATA/cargo.log" >&2; exit 1; }
  sleep 2
  RESULT[$db,idle]=$(rss)
  local host=${BASE#http://} peak=0 name url accept
  while IFS='|' read -r name url accept; do
    RESULT[$db,$name]=$(rps "$BASE$url" "$accept") || { echo "Stopped: $name failed; see $DATA/cargo.log" >&2; exit 1; }
    [ "$(rss)" -gt "$peak" ] && peak=$(rss)
  done <<EOF2
ceiling JSP|/ceiling/|text/html
home page|/|text/html
article page|/articles/benchmark-article-7|text/html
tag page|/tags/bench|text/html
author page|/@bench|text/html
archive|/archive|text/html
RSS feed|/feed.xml|application/rss+xml
WebFinger, author|/.well-known/webfinger?resource=acct:bench@$host|application/jrd+json
WebFinger, blog|/.well-known/webfinger?resource=acct:blog@$host|application/jrd+json
NodeInfo|/nodeinfo/2.1|application/json
actor JSON|/actors/blog|application/activity+json
article as AP JSON|/articles/benchmark-article-7|application/activity+json
EOF2
  RESULT[$db,loaded]=$peak
  # What the JVM's own areas hold after the load: the figures the recommended options rest on.
  RESULT[$db,areas]=$(jcmd "$TOMCAT" GC.heap_info 2>/dev/null | grep -o 'def new.*total [0-9]*K\|tenured.*total [0-9]*K\|Metaspace.*committed [0-9]*K' | tr -s ' ' | paste -sd';' - || true)
  RESULT[$db,load]=$(load)
  stop
}

echo "load average before: $(load)"
case "$DBS" in both) RUNS="h2 postgres" ;; *) RUNS=$DBS ;; esac
for db in $RUNS; do echo "== Kakehashi on $db"; run "$db"; done
if command -v php >/dev/null && [ -d /usr/share/wordpress ]; then
  echo "WordPress is installed but not wired into this script yet: skipped"
else
  echo "WordPress: not installed, skipped"
fi

printf '\n| endpoint |'; for db in $RUNS; do printf ' %s req/s | %s / ceiling |' "$db" "$db"; done; echo
printf '| --- |'; for db in $RUNS; do printf ' ---: | ---: |'; done; echo
for name in "ceiling JSP" "home page" "article page" "tag page" "author page" "archive" "RSS feed" \
            "WebFinger, author" "WebFinger, blog" "NodeInfo" "actor JSON" "article as AP JSON"; do
  printf '| %s |' "$name"
  for db in $RUNS; do
    v=${RESULT[$db,$name]:-0}; c=${RESULT[$db,ceiling JSP]:-0}
    printf ' %s | %s %% |' "$v" "$([ "$c" -gt 0 ] && echo "scale=1; 100 * $v / $c" | bc || echo -)"
  done
  echo
done
for db in $RUNS; do
  echo "$db: start-up to first page ${RESULT[$db,startup]} s with Maven and cargo (Tomcat's own start-up" \
       "${RESULT[$db,tomcat]:-?} ms, ${RESULT[$db,cpu]:-?} CPU s); Tomcat JVM RSS" \
       "idle ${RESULT[$db,idle]} MiB, under load ${RESULT[$db,loaded]} MiB; load average after: ${RESULT[$db,load]}"
  echo "$db: start-up phases: ${RESULT[$db,phases]:-?}"
  echo "$db: JVM areas after the load: ${RESULT[$db,areas]:-?}"
done
# The inbox and the fan-out run Kakehashi in their own JVM with an embedded Tomcat on a database of
# their own: without the page run's KAKEHASHI_* settings (its database is dropped by then), which
# the embedded server would otherwise read. BENCH_INBOX=0 or BENCH_FANOUT=0 skips one; their errors
# go to $ERRORS.
ERRORS=$(mktemp /tmp/kakehashi-compare-errors-XXXXXX)
own_env() {
  env -u KAKEHASHI_DB_URL -u KAKEHASHI_DB_USER -u KAKEHASHI_BASE_URL -u KAKEHASHI_ADMIN_USERNAME \
      -u KAKEHASHI_ADMIN_PASSWORD -u KAKEHASHI_ADMIN_EMAIL "$@"
}
# The inbox (issue 13: 2,000 accepted and 1,000 processed per second on PostgreSQL).
if [ "${BENCH_INBOX:-1}" = 1 ]; then
  for db in $RUNS; do
    echo "$db: inbox (bench/inbox.sh ${BENCH_INBOX_ARGS:-3000 8 32} $db 2):"
    # shellcheck disable=SC2086
    own_env bench/inbox.sh ${BENCH_INBOX_ARGS:-3000 8 32} "$db" 2 2>>"$ERRORS" | grep '^inbox\|^  cpu\|^load' \
        || echo "  inbox run failed (see $ERRORS)"
  done
fi
# The fan-out (issue 13: 1,000 inboxes in under 3 s, the first post after a start as a warm one).
if [ "${BENCH_FANOUT:-1}" = 1 ]; then
  for db in $RUNS; do
    echo "$db: fan-out (bench/fanout.sh ${BENCH_FANOUT_ARGS:-1000 1000} $db 2; round 1 is the first post after a start):"
    # shellcheck disable=SC2086
    own_env bench/fanout.sh ${BENCH_FANOUT_ARGS:-1000 1000} "$db" 2 2>>"$ERRORS" | grep '^fanout\|^load' \
        || echo "  fan-out run failed (see $ERRORS)"
  done
fi
