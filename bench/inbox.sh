#!/usr/bin/env bash
# Inbox benchmark: N distinct signed activities (Like, Announce, Create of a reply) from a few
# actors served on 127.0.0.1, POSTed to the shared inbox by C threads, all signed before the clock
# starts. Prints accepted/s (202s until the last answer) and processed/s (until no row is left
# RECEIVED). Kakehashi runs in this JVM (embedded Tomcat, as in the ITs).
# Usage: bench/inbox.sh [activities=20000] [actors=8] [concurrency=32] [db=postgres|h2] [rounds=2]
set -euo pipefail
cd "$(dirname "$0")/.."
activities="${1:-20000}"
actors="${2:-8}"
concurrency="${3:-32}"
db="${4:-postgres}"
rounds="${5:-2}"
[ -d target/kakehashi ] || mvn -B -q package -DskipTests
[ -f target/bench.classpath ] && [ target/bench.classpath -nt pom.xml ] \
  || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ulimit -n 65536 2>/dev/null || true
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -Dkakehashi.it.db="$db" -Djava.util.logging.config.file=bench/logging.properties \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.kakehashi.bench.InboxBench "$activities" "$actors" "$concurrency" "$rounds"
