#!/usr/bin/env bash
# Home-timeline benchmark (issue 14): Kakehashi in a real Tomcat 11 (cargo, the README's JVM
# options) on PostgreSQL, 10,000 statuses in the database (half the author's own posts, half posts
# of 50 followed remote accounts), then wrk against GET /api/v1/timelines/home?limit=40 with a
# bearer token. Prints requests/s, latency percentiles (p99) and the SQL statements one request
# runs, read from PostgreSQL's own statement log for this database only, at limit=40 and limit=1
# (the same count for both means no query per status). Ends only the processes it started, by pid.
# Needs: JDK, Maven, curl, wrk (apt-get install wrk), psql tools, read access to PostgreSQL's log.
#   bench/home-timeline.sh [seconds] [connections] [statuses]
# BENCH_WARMUP=<seconds> (30) of load before the measured runs. Two measured runs: the same URL
# again and again (answered from the home-timeline cache while nothing changes), then a URL that
# differs on every request (the page rendered each time, as after a change); BENCH_NO_UNCACHED=1
# skips the second.
# BENCH_CHANGES=<n> (10): a third run reads the same URL while the home changes n times a second
# through the API (0 skips it).
# BENCH_HOLD=<seconds> keeps the server and the database that long after the run (for EXPLAIN or
# a profiler); the database name, the URL and the token are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-16}
STATUSES=${3:-10000}
PORT=${BENCH_PORT:-8183}
BASE="http://127.0.0.1:$PORT"
PG=(-h 127.0.0.1 -U postgres)
PGLOG=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f target/kakehashi.war ] || mvn -B -q -DskipTests package

PGDB="kakehashi_home_$$"
DATA=$(mktemp -d /tmp/kakehashi-home-XXXXXX)
CARGO= TOMCAT=
# The script's exit status is the run's, not the clean-up's: an EXIT trap's last command sets it, and
# Tomcat, still writing its work folder while it stops, made rm fail after a good run.
stop() {
  local rc=$?
  [ -n "$TOMCAT" ] && kill "$TOMCAT" 2>/dev/null || true
  [ -n "$CARGO" ] && kill -- -"$CARGO" 2>/dev/null || true
  for _ in $(seq 1 30); do
    { [ -z "$TOMCAT" ] || ! kill -0 "$TOMCAT" 2>/dev/null; } && { [ -z "$CARGO" ] || ! kill -0 "$CARGO" 2>/dev/null; } && break
    sleep 0.5
  done
  dropdb "${PG[@]}" --if-exists "$PGDB" 2>/dev/null || true
  rm -rf "$DATA" 2>/dev/null || { sleep 1; rm -rf "$DATA" 2>/dev/null; } || echo "could not remove $DATA" >&2
  exit "$rc"
}
trap stop EXIT
sql() { psql "${PG[@]}" -d "$PGDB" -v ON_ERROR_STOP=1 -Atq "$@"; }

createdb "${PG[@]}" "$PGDB"
export KAKEHASHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" KAKEHASHI_DB_USER=postgres \
       KAKEHASHI_BASE_URL="$BASE" KAKEHASHI_ADMIN_USERNAME=bench KAKEHASHI_ADMIN_PASSWORD=bench-password-1 \
       KAKEHASHI_ADMIN_EMAIL=bench@example.com KAKEHASHI_API_RATE_LIMIT=100000000
# Tomcat's shutdown port follows the HTTP port (8205 for the default 8183, as before): two runs on
# one machine with the same shutdown port stopped each other's Tomcat.
setsid mvn -B -q cargo:run -Dkakehashi.run.port="$PORT" -Dkakehashi.run.rmiPort="$((PORT + 22))" -Dkakehashi.run.dataDir="$DATA" -Dkakehashi.run.baseUrl="$BASE" >"$DATA/cargo.log" 2>&1 &
CARGO=$!
for _ in $(seq 1 600); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$BASE/health" >/dev/null || { echo "Kakehashi did not start; see $DATA/cargo.log" >&2; tail -50 "$DATA/cargo.log"; exit 1; }
TOMCAT=$(ps -o pid=,args= -g "$CARGO" | awk '/catalina.base/ && !/awk/ {print $1; exit}')

json() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }
APP=$(curl -fs -d client_name=bench -d redirect_uris=urn:ietf:wg:oauth:2.0:oob -d 'scopes=read write' "$BASE/api/v1/apps")
TOKEN=$(curl -fs -d grant_type=password -d "client_id=$(echo "$APP" | json client_id)" \
             -d "client_secret=$(echo "$APP" | json client_secret)" -d username=bench \
             -d password=bench-password-1 -d 'scope=read write' "$BASE/oauth/token" | json access_token)
[ -n "$TOKEN" ] || { echo "no token" >&2; exit 1; }
# One real post through the API is the template the own posts are copied from (rendered, stamped).
TEMPLATE=$(curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"status":"Benchmark post: a short note of a few lines, with a link to https://example.com/some/article and enough words to look like what people write from their phones."}' \
  "$BASE/api/v1/statuses" | json id)
OWN=$(( STATUSES / 2 - 1 ))
REMOTE=$(( STATUSES - OWN - 1 ))
SEED_START=$(date +%s.%N)
sql -v tpl="$TEMPLATE" -v own="$OWN" -v remote="$REMOTE" <<'SQL'
begin;
-- Snowflake ids (ms << 16 | seq), older than the template: own posts and remote posts interleave.
create temp table seeded as select p.*, g from post p cross join generate_series(1, :own) g where p.id = :tpl;
update seeded set id = ((extract(epoch from published_at) * 1000)::bigint - g * 120000) * 65536 + 1,
  published_at = published_at - g * interval '2 minutes', created_at = created_at - g * interval '2 minutes',
  updated_at = updated_at - g * interval '2 minutes', slug = case when slug is null then null else slug || '-' || g end;
alter table seeded drop column g;
insert into post select * from seeded;
insert into remote_actor (id, uri, actor_type, preferred_username, host, name, summary_html, url, inbox,
    manually_approves, fetched_at)
  select 1000 + a, 'https://remote' || a || '.example/users/friend' || a, 'Person', 'friend' || a,
    'remote' || a || '.example', 'Friend ' || a, '<p>Writes about things.</p>',
    'https://remote' || a || '.example/@friend' || a, 'https://remote' || a || '.example/users/friend' || a || '/inbox',
    false, now()
  from generate_series(1, 50) a;
insert into following (id, local_actor, remote_actor_uri, state, follow_activity_id, created_at)
  select 2000 + a.id, 'account:' || p.author_id, a.uri, 'ACCEPTED', a.uri || '#follow', now()
  from remote_actor a cross join (select author_id from post where id = :tpl) p where a.id > 1000 and a.id <= 1050;
insert into remote_post (id, uri, actor_uri, object_type, url, content_html, published, received_at)
  select ((extract(epoch from now()) * 1000)::bigint - g * 120000 - 60000) * 65536 + 2,
    'https://remote' || (g % 50 + 1) || '.example/notes/' || g,
    'https://remote' || (g % 50 + 1) || '.example/users/friend' || (g % 50 + 1), 'Note',
    'https://remote' || (g % 50 + 1) || '.example/@friend' || (g % 50 + 1) || '/' || g,
    '<p>A remote post number ' || g || ', with <a href="https://example.com/' || g || '">a link</a> and a'
      || ' <span class="h-card"><a href="https://remote1.example/@friend1" class="u-url mention">@friend1</a></span>.</p>',
    now() - g * interval '2 minutes' - interval '1 minute', now() - g * interval '2 minutes' - interval '1 minute'
  from generate_series(1, :remote) g;
commit;
vacuum analyze;
SQL
echo "seeded $(sql -c 'select count(*) from post') posts and $(sql -c 'select count(*) from remote_post') remote posts" \
     "of $(sql -c 'select count(*) from following') followed accounts in $(echo "$(date +%s.%N) - $SEED_START" | bc | cut -c1-4) s"

URL="$BASE/api/v1/timelines/home?limit=40"
AUTH="Authorization: Bearer $TOKEN"
[ "$(curl -s -H "$AUTH" "$URL" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" = 40 ] \
    || { echo "the home timeline does not answer 40 statuses" >&2; curl -s -H "$AUTH" "$URL" | head -c 500; exit 1; }
echo "one answer: $(curl -s -o /dev/null -w '%{size_download} bytes, %{time_total} s' -H "$AUTH" "$URL")"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm up the JIT: C2 compiles after thousands of calls, so a few seconds are not enough. Every
# warm-up request is a different URL (the API ignores the extra parameter), so the page is rendered
# each time rather than answered from the home-timeline cache; then 10 s of the cached answer.
cat >"$DATA/uncached.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, wrk.path .. "&bench=" .. n)
end
LUA
wrk -t2 -c"$CONNECTIONS" -d"${BENCH_WARMUP:-30}s" -s "$DATA/uncached.lua" -H "$AUTH" "$URL" \
    | awk '/requests in/ {print "warm-up: " $1 " requests"}'
wrk -t2 -c"$CONNECTIONS" -d10s -H "$AUTH" "$URL" | awk '/requests in/ {print "warm-up (cached): " $1 " requests"}'
# CPU time (user + system, in clock ticks) of the Tomcat JVM and of this database's PostgreSQL
# sessions: per request it says what the load costs whatever else the machine is running.
ticks() { for pid in "$@"; do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0; done | paste -sd+ | bc; }
backends() { sql -c "select pid from pg_stat_activity where datname = '$PGDB' and pid <> pg_backend_pid()"; }
HZ=$(getconf CLK_TCK)
# One measured run: wrk with the given extra arguments, then requests/s, latency and CPU per request.
measure() {
  local BACKENDS JVM0 PG0 JVM1 PG1 REQUESTS
  BACKENDS=$(backends | tr '\n' ' ')
  JVM0=$(ticks "$TOMCAT"); PG0=$(ticks $BACKENDS)
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$AUTH" "$@" "$URL" >"$DATA/wrk.txt"
  JVM1=$(ticks "$TOMCAT"); PG1=$(ticks $BACKENDS)
  grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors|requests in' "$DATA/wrk.txt"
  REQUESTS=$(awk '/requests in/ {print $1}' "$DATA/wrk.txt")
  echo "CPU per request: Tomcat JVM $(echo "scale=2; ($JVM1 - $JVM0) * 1000 / $HZ / $REQUESTS" | bc) ms," \
       "PostgreSQL $(echo "scale=2; ($PG1 - $PG0) * 1000 / $HZ / $REQUESTS" | bc) ms" \
       "(so $(nproc) idle cores would serve at most $(echo "$(nproc) * $HZ * $REQUESTS / ($JVM1 - $JVM0 + $PG1 - $PG0)" | bc) requests/s, wrk aside)"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo "== GET /api/v1/timelines/home?limit=40 ($CONNECTIONS connections, ${DURATION}s, PostgreSQL, $STATUSES statuses)"
measure
# The same page with a query parameter that differs on every request (the API ignores it): no answer
# is ever found in the home-timeline cache, so this is the cost of rendering the page each time, as
# after every change (the bearer token stays cached).
if [ -z "${BENCH_NO_UNCACHED:-}" ]; then
  echo "== the same, every request a different URL, so never answered from the home-timeline cache"
  measure -s "$DATA/uncached.lua"
fi
# The plain URL again while the home changes, as a reader's does: BENCH_CHANGES (10) changes a
# second for the whole run, through the API on the same token, each emptying the home-timeline
# cache: the newest status bookmarked and unbookmarked by turns, and every tenth change a new status
# (a blog post with its page, feeds and fan-out). Each request after a change renders the page again.
# Then the page must show the last change: the newest status is the last one posted, bookmarked as
# last set.
CHANGES=${BENCH_CHANGES:-10}
if [ "$CHANGES" != 0 ]; then
  echo "== the same URL while the home changes $CHANGES times a second (bookmarks and new statuses)"
  NEWEST=$(curl -s -H "$AUTH" "$URL" | json id)
  # One process with one kept-alive connection, so the rate is the one asked for, not curl's.
  python3 - "$BASE" "$TOKEN" "$NEWEST" "$CHANGES" "$DURATION" >"$DATA/changes.txt" <<'PY' &
import http.client, json, sys, time, urllib.parse
base, token, newest, rate, duration = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
conn = http.client.HTTPConnection(urllib.parse.urlsplit(base).netloc, timeout=30)
headers = {"Authorization": "Bearer " + token}
def post(path, body=None):
    conn.request("POST", path, body=body, headers=dict(headers, **({"Content-Type": "application/x-www-form-urlencoded"} if body else {})))
    answer = conn.getresponse()
    data = answer.read()
    if answer.status != 200:
        sys.exit("change refused: %s %s %s" % (path, answer.status, data[:200]))
    return data
start = time.monotonic()
done = posted = 0
mark, last = "bookmark", "none"
while time.monotonic() - start < duration:
    done += 1
    if done % 10 == 0:
        newest = json.loads(post("/api/v1/statuses", urllib.parse.urlencode({"status": "Posted while reading, number %d" % done})))["id"]
        posted, mark, last = posted + 1, "bookmark", "none"
    else:
        post("/api/v1/statuses/%s/%s" % (newest, mark))
        last, mark = mark, ("unbookmark" if mark == "bookmark" else "bookmark")
    # Paced to the rate from the start, so a slow answer is made up for, never exceeded.
    time.sleep(max(0.0, start + done / rate - time.monotonic()))
print(done, posted, newest, last, round(time.monotonic() - start, 2))
PY
  WRITER=$!
  measure
  wait "$WRITER"
  read -r done posted newest last took <"$DATA/changes.txt"
  echo "changes made: $done ($posted new statuses) in $(printf %.1f "$took") s, $(echo "scale=1; $done / $took" | bc) a second"
  shown=$(curl -s -H "$AUTH" "$URL" | python3 -c 'import json,sys; s=json.load(sys.stdin)[0]; print(s["id"], "bookmark" if s["bookmarked"] else "unbookmark")')
  want="$newest $([ "$last" = bookmark ] && echo bookmark || echo unbookmark)"
  [ "$shown" = "$want" ] && echo "the next page shows the last change (newest status $newest, ${want#* }ed)" \
    || { echo "STALE: the next page shows '$shown', the last change was '$want'" >&2; exit 1; }
fi
[ -n "$TOMCAT" ] && echo "Tomcat JVM resident memory after load: $(( $(ps -o rss= -p "$TOMCAT") / 1024 )) MiB"

# Statements per request: log every statement of this database from now on. A setting applies to
# new sessions, so the app's pooled connections to this database (and only those) are ended; the
# pool opens new ones.
if [ -r "$PGLOG" ]; then
  sql -c "alter database $PGDB set log_statement = 'all'"
  sql -c "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$PGDB' and pid <> pg_backend_pid()" >/dev/null
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "$AUTH" "$URL&warm=$RANDOM"; done
  for limit in 40 1; do
    before=$(stat -c %s "$PGLOG")
    # A URL not asked before, so the page is read from the database, not the home-timeline cache.
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$BASE/api/v1/timelines/home?limit=$limit&count=$RANDOM$RANDOM")
    [ "$code" = 200 ] || echo "the counted request was answered $code, not 200: its count below is not a page's" >&2
    after=$(stat -c %s "$PGLOG")
    # PostgreSQL logs a statement as it receives it, so the request's are all there once it answered.
    # Background jobs (delivery, inbox, Quartz) share the database: keep the sessions that served the
    # request, the one that checked the token and the one that read the timeline.
    window=$(tail -c +"$((before + 1))" "$PGLOG" | head -c "$((after - before))" \
        | grep -F "@$PGDB " | grep -E 'LOG:  (execute [^:]*|statement): ' || true)
    # No match is not an error here (grep's status would end the script under pipefail): it is said below.
    pids=$(printf '%s\n' "$window" | grep -E 'from oauth_token|from remote_post p' | sed -E 's/^[^[]*\[([0-9]+)\].*/\1/' | sort -u || true)
    # From each such session's first statement for the request on (a job may have used it before).
    statements=$(for pid in $pids; do printf '%s\n' "$window" | grep -F "[$pid]" \
        | awk '/from oauth_token|from post p1_0 join account|select p1_0.id from post p1_0|from remote_post p/ {on = 1} on'; done \
        | sed -E 's/.*LOG:  (execute [^:]*|statement): //' | grep -viE '^(begin|commit|rollback|set |show )' || true)
    # The JDBC driver asks the catalogue about a native query's columns once per new connection (the
    # ones just opened): not the page's cost, so counted apart.
    catalogue=$(printf '%s\n' "$statements" | grep -c 'pg_catalog' || true)
    statements=$(printf '%s\n' "$statements" | grep -v 'pg_catalog' || true)
    echo "SQL statements for one GET /api/v1/timelines/home?limit=$limit: $(printf '%s' "$statements" | grep -c . || true)" \
         "(and $catalogue catalogue look-ups of the driver on a new connection)"
    printf '%s\n' "$statements" | cut -c1-150 | sed 's/^/  /'
  done
  sql -c "alter database $PGDB reset log_statement"
else
  echo "PostgreSQL's log $PGLOG is not readable: statements not counted (set BENCH_PG_LOG)"
fi
if [ -n "${BENCH_HOLD:-}" ]; then
  echo "holding ${BENCH_HOLD}s: database $PGDB, Tomcat pid $TOMCAT, curl -H '$AUTH' '$URL'"
  sleep "$BENCH_HOLD"
fi
