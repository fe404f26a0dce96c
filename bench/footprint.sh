#!/usr/bin/env bash
# Start-up time and idle memory (issue 13), several starts in a row: Kakehashi alone in a real
# stand-alone Tomcat (`catalina.sh run` with the README's CATALINA_OPTS, ROOT.war in a fresh
# CATALINA_BASE), a fresh database each time. Tomcat 11 as the build unpacks it
# (`mvn -o -DskipTests pre-integration-test`), or TOMCAT_HOME (Debian's: /usr/share/tomcat10).
# Per start: wall time from launch to the first page, Tomcat's own start-up, the Tomcat JVM's CPU
# seconds to the first page, Kakehashi's phases, its threads, and its resident memory idle after
# 30 articles are written and each public page is read once; then the minimum and median of each.
# LOAD=seconds then runs wrk on each public page for that long and prints requests/s and the
# resident memory under that load. With NMT=1 it also prints, for the last start, Native Memory Tracking's summary, the largest
# heap holders and the threads by name; AT_IDLE='command' runs a command at idle with $TOMCAT set
# to the JVM's pid (e.g. a jcmd). RESTART=1 keeps the first start's database for the later ones, so
# those are restarts (Flyway only validates). FIRST_PAGE_ONLY=1 stops each start at its first page
# (no articles, no idle reading); AT_FIRST_PAGE='command' runs a command there with $TOMCAT set
# (e.g. a jcmd JFR.dump). Ends only what it started, by pid.
#   bench/footprint.sh [starts] [h2|postgres]
# BENCH_JVM_ARGS replaces the recommended JVM options (pom.xml kakehashi.run.jvmArgs); WAR=path
# measures another build than target/kakehashi.war.
set -euo pipefail
cd "$(dirname "$0")/.."
STARTS=${1:-3}
DB=${2:-h2}
PORT=${BENCH_PORT:-8230}
BASE="http://127.0.0.1:$PORT"
PG=(-h 127.0.0.1 -U postgres)
TOMCAT_DIR=${TOMCAT_HOME:-$(ls -d "$PWD"/target/tomcat11/apache-tomcat-* 2>/dev/null | head -1)}
[ -f "$TOMCAT_DIR/bin/catalina.sh" ] \
    || { echo "No Tomcat: run mvn -o -DskipTests pre-integration-test, or set TOMCAT_HOME" >&2; exit 2; }
CONF=$TOMCAT_DIR/conf; [ -f "$CONF/web.xml" ] || CONF=/etc/tomcat10
JVM_ARGS=${BENCH_JVM_ARGS:-$(sed -n 's:.*<kakehashi.run.jvmArgs>\(.*\)</kakehashi.run.jvmArgs>.*:\1:p' pom.xml)}
[ "${NMT:-0}" = 1 ] && JVM_ARGS="$JVM_ARGS -XX:NativeMemoryTracking=summary"
WAR=${WAR:-target/kakehashi.war}
[ -f "$WAR" ] || mvn -B -q -DskipTests package

LAUNCH= TOMCAT= DATA= JAR= PGDB= KEPT= KEPT_PG=
RESTART=${RESTART:-0}
stop() {
  [ -n "$TOMCAT" ] && kill "$TOMCAT" 2>/dev/null || true
  for _ in $(seq 1 60); do { [ -z "$TOMCAT" ] || ! kill -0 "$TOMCAT" 2>/dev/null; } && break; sleep 0.5; done
  [ -n "$LAUNCH" ] && kill -- -"$LAUNCH" 2>/dev/null || true
  [ -n "$PGDB" ] && dropdb "${PG[@]}" --if-exists "$PGDB" 2>/dev/null || true
  if [ -n "$DATA" ]; then
    if [ "${FAILED:-0}" = 0 ]; then rm -rf "$DATA" "$JAR"; else echo "Logs kept in $DATA" >&2; fi
  fi
  LAUNCH= TOMCAT= DATA= JAR= PGDB=
  return 0
}
drop_kept() {
  [ -n "$KEPT_PG" ] && dropdb "${PG[@]}" --if-exists "$KEPT_PG" 2>/dev/null || true
  [ -n "$KEPT" ] && rm -rf "$KEPT"
  return 0
}
trap 'FAILED=$?; stop; drop_kept' EXIT
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

server_xml() {
  cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<Server port="-1" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener"/>
  <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener"/>
  <Listener className="org.apache.catalina.core.ThreadLocalLeakPreventionListener"/>
  <Service name="Catalina">
    <Connector port="$PORT" address="127.0.0.1" protocol="HTTP/1.1" connectionTimeout="20000"
               relaxedQueryChars="[]|{}"/>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false"/>
    </Engine>
  </Service>
</Server>
XML
}

start_once() {
  DATA=$(mktemp -d /tmp/kakehashi-footprint-XXXXXX)
  JAR=$(mktemp)
  local data_dir=$DATA/data name="kakehashi_footprint_$$"
  if [ "$RESTART" = 1 ]; then
    KEPT=${KEPT:-$(mktemp -d /tmp/kakehashi-footprint-kept-XXXXXX)}
    data_dir=$KEPT/data
  fi
  unset KAKEHASHI_DB_URL KAKEHASHI_DB_USER
  if [ "$DB" = postgres ]; then
    if [ "$RESTART" != 1 ]; then
      PGDB=$name; createdb "${PG[@]}" "$PGDB"
    elif [ -z "$KEPT_PG" ]; then
      KEPT_PG=$name; createdb "${PG[@]}" "$KEPT_PG"
    fi
    export KAKEHASHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$name" KAKEHASHI_DB_USER=postgres
  fi
  export KAKEHASHI_BASE_URL="$BASE" KAKEHASHI_DATA_DIR="$data_dir" KAKEHASHI_ADMIN_USERNAME=bench \
         KAKEHASHI_ADMIN_PASSWORD=bench-password-1 KAKEHASHI_ADMIN_EMAIL=bench@example.com
  mkdir -p "$DATA"/base/{conf,webapps,logs,temp,work,lib}
  for f in web.xml context.xml catalina.properties logging.properties; do cp "$CONF/$f" "$DATA/base/conf/"; done
  server_xml >"$DATA/base/conf/server.xml"
  cp "$WAR" "$DATA/base/webapps/ROOT.war"
  local start; start=$(date +%s.%N)
  CATALINA_HOME="$TOMCAT_DIR" CATALINA_BASE="$DATA/base" CATALINA_TMPDIR="$DATA/base/temp" \
      CATALINA_OPTS="$JVM_ARGS" setsid bash "$TOMCAT_DIR/bin/catalina.sh" run >"$DATA/console.log" 2>&1 &
  LAUNCH=$!
  for _ in $(seq 1 900); do [ "$(code "$BASE/")" = 200 ] && break; sleep 0.1; done
  [ "$(code "$BASE/")" = 200 ] || { echo "Kakehashi did not start; see $DATA/console.log" >&2; exit 1; }
  WALL=$(echo "$(date +%s.%N) - $start" | bc | cut -c1-5)
  TOMCAT=$(ps -o pid=,args= -g "$LAUNCH" | awk '/catalina.base/ && !/awk/ {print $1; exit}')
  CPU=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$TOMCAT/stat")
  for _ in $(seq 1 100); do grep -q 'Server startup in' "$DATA/console.log" && break; sleep 0.1; done
  OWN=$(sed -n 's/.*Server startup in \[\([0-9,]*\)\] milliseconds.*/\1/p' "$DATA/console.log" | tr -d , | head -1)
  PHASES=$(grep -ho 'Database ready: .*\|Wired: .*' "$DATA/console.log" | paste -sd';' - || true)
  [ -n "${AT_FIRST_PAGE:-}" ] && (export TOMCAT; eval "$AT_FIRST_PAGE")
  if [ "${FIRST_PAGE_ONLY:-0}" = 1 ]; then IDLE=0 THREADS=$(ls "/proc/$TOMCAT/task" | wc -l); return; fi
  local login token body
  login=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "_csrf=$login" \
       -d 'username=bench&password=bench-password-1' "$BASE/login"
  token=$(curl -s -b "$JAR" "$BASE/admin/posts/new" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  body=$(printf 'A paragraph of *Markdown* with a [link](https://example.com) and `code`.\n\n%.0s' $(seq 1 12))
  for i in $(seq 1 30); do
    curl -s -b "$JAR" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode kind=article \
         --data-urlencode action=publish --data-urlencode "title=Benchmark article $i" \
         --data-urlencode "body=$body" --data-urlencode "tags=bench, t$((i % 5))" "$BASE/admin/posts"
  done
  [ "$(code "$BASE/articles/benchmark-article-7")" = 200 ] \
      || { echo "The benchmark articles were not created; see $DATA/console.log" >&2; exit 1; }
  # Every public page once, as a reader would, then rest.
  for url in / /articles/benchmark-article-7 /tags/bench /@bench /archive /feed.xml /actors/blog; do
    curl -s -o /dev/null "$BASE$url"
  done
  # Idle: long enough for the JVM's periodic native-heap trim (README's options) to have run.
  sleep "${REST:-10}"
  IDLE=$(rss)
  THREADS=$(ls "/proc/$TOMCAT/task" | wc -l)
}
rss() { echo $(( $(ps -o rss= -p "$TOMCAT") / 1024 )); }

load_pages() {
  local peak=0 url out
  for url in / /articles/benchmark-article-7 /tags/bench /archive /feed.xml; do
    out=$(wrk -t2 -c8 -d"${LOAD}s" --timeout 10s "$BASE$url")
    printf '  %s: %s requests/s%s\n' "$url" "$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out")" \
           "$(grep -o 'Non-2xx.*\|Socket errors.*' <<<"$out" | sed 's/^/; /' | paste -sd' ' -)"
    [ "$(rss)" -gt "$peak" ] && peak=$(rss)
  done
  echo "  RSS under load: $peak MiB; idle again ${REST:-10} s later: $(sleep "${REST:-10}"; rss) MiB"
}

breakdown() {
  jcmd "$TOMCAT" VM.native_memory summary | grep -E '^Total|^-' | sed 's/(reserved=[0-9]*KB, //' || true
  jcmd "$TOMCAT" GC.heap_info | grep -v '^ *-\|^ *$' || true
  jcmd "$TOMCAT" GC.class_histogram | head -20
  jcmd "$TOMCAT" Thread.print | sed -n 's/^"\([^"]*\)".*/\1/p' | sed 's/[-# ]*[0-9][0-9]*$//' \
      | sort | uniq -c | sort -rn
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); JVM options: $JVM_ARGS"
WALLS=() OWNS=() CPUS=() IDLES=()
for n in $(seq 1 "$STARTS"); do
  start_once
  echo "start $n ($DB): first page ${WALL} s, Tomcat's own ${OWN:-?} ms, ${CPU} CPU s;" \
       "idle RSS ${IDLE} MiB, ${THREADS} threads; load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "  phases: ${PHASES:-?}"
  [ -n "${LOAD:-}" ] && load_pages
  WALLS+=("$WALL"); OWNS+=("${OWN:-0}"); CPUS+=("$CPU"); IDLES+=("$IDLE")
  [ "$n" = "$STARTS" ] && [ "${NMT:-0}" = 1 ] && breakdown
  [ -n "${AT_IDLE:-}" ] && (export TOMCAT; eval "$AT_IDLE")
  stop
done
summary() { printf '%s: min %s, median %s\n' "$1" "$(printf '%s\n' "${@:2}" | sort -n | head -1)" \
                   "$(printf '%s\n' "${@:2}" | median)"; }
summary "first page, s" "${WALLS[@]}"
summary "Tomcat's own start-up, ms" "${OWNS[@]}"
summary "CPU s to the first page" "${CPUS[@]}"
summary "idle RSS, MiB" "${IDLES[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
