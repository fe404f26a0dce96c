#!/usr/bin/env bash
# Login-flood benchmark (issue 10's figure): a stand-alone Tomcat under -Xmx512m takes 200
# concurrent POST /login for 6 s while a probe asks for the home page and /health; prints every
# latency and fails when the slowest page took more than the budget (default 1,000 ms).
# Run it on an otherwise idle machine. Usage: bench/login-flood.sh [budget-ms=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${1:-1000}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q package -DskipTests
CI=true mvn -B failsafe:integration-test@it-alone failsafe:verify \
  -Dkakehashi.flood.pageBudgetMs="$budget" \
  -Dfailsafe.summaryFile=target/failsafe-reports/alone/failsafe-summary.xml \
  | grep -E "Login flood|Tests run|FAIL" || true
grep -h "Login flood" target/failsafe-reports/alone/*-output.txt 2>/dev/null || true
grep -q '<failures>0</failures>' target/failsafe-reports/alone/failsafe-summary.xml
