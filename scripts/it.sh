#!/usr/bin/env bash
# The integration tests in real runtimes, one server at a time: Quarkus (build compatible
# extension), Payara Micro, Open Liberty and WildFly (portable extension); then a smoke run of the demo.
#
#   bash scripts/it.sh                  # everything
#   bash scripts/it.sh -pl quarkus -am  # one runtime (quarkus, payara, liberty or wildfly; -am builds app and harness)
#   BREAKER_IT_SKIP_INSTALL=1 ...       # the library is already installed (as after the unit tests)
#   BREAKER_IT_SKIP_DEMO=1 ...          # no demo smoke run
#   BREAKER_IT_SKIP_WILDFLY=1 ...       # not WildFly (it takes about 2 of the ~7 minutes)
#
# Needs Java 17, Maven and curl; everything else (Quarkus, Payara Micro, the Open Liberty zip, the
# WildFly distribution) comes from Maven Central on the first run. Ports used: 8280 (Quarkus), 8180 (Payara), 9080 (Liberty),
# 8380 and 10290 (WildFly), 8096 (demo).
set -euo pipefail
cd "$(dirname "$0")/.."

IT_PORTS=(8280 8180 9080 8380 10290 8096)

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_ports_free() {
  local busy=()
  for port in "${IT_PORTS[@]}"; do
    if port_open "$port"; then busy+=("$port"); fi
  done
  if ((${#busy[@]})); then
    echo "it.sh: $1: something listens on port(s) ${busy[*]}; a server left running? Stop it and retry." >&2
    return 1
  fi
}

seconds_since() { echo $(( $(date +%s) - $1 )); }

require_ports_free "before the tests"
start=$(date +%s)

if [[ "${BREAKER_IT_SKIP_INSTALL:-0}" != 1 ]]; then
  echo "it.sh: installing the library (tests skipped)"
  mvn -B -ntp -DskipTests install
fi

echo "it.sh: integration tests in real runtimes"
it_start=$(date +%s)
status=0
selection=()
if [[ "${BREAKER_IT_SKIP_WILDFLY:-0}" == 1 ]]; then selection=(-pl '!wildfly'); fi
# --fail-at-end: a failing runtime does not hide how the others fare.
mvn -B -ntp -f it/pom.xml --fail-at-end verify "${selection[@]}" "$@" || status=$?
echo "it.sh: runtimes took $(seconds_since "$it_start") s"
require_ports_free "after the tests" || status=1

if [[ "${BREAKER_IT_SKIP_DEMO:-0}" != 1 && $# -eq 0 ]]; then
  bash scripts/demo-smoke.sh || status=1
  require_ports_free "after the demo" || status=1
fi
echo "it.sh: all done in $(seconds_since "$start") s$( ((status == 0)) || echo ', with FAILURES above')"
exit "$status"
