#!/usr/bin/env bash
# Runs the demo for 40 s without a terminal and checks that it showed a whole cycle
# (CLOSED -> OPEN -> HALF_OPEN -> CLOSED), served readiness and stopped cleanly.
# Expects the library installed (scripts/it.sh or scripts/demo.sh does it).
set -euo pipefail
cd "$(dirname "$0")/.."

port=8096
log=demo/target/demo-smoke.log
mvn -B -ntp -q -f demo/pom.xml package
echo "demo-smoke: running the demo for 40 s on port $port (output in $log)"
java -jar demo/target/breaker-demo.jar --duration 40 --port "$port" > "$log" 2>&1 &
demo_pid=$!
trap 'kill "$demo_pid" 2>/dev/null || true' EXIT

# Readiness while it runs: the JSON must list the breaker's check.
ready=""
for _ in $(seq 1 60); do
  ready=$(curl -s "http://localhost:$port/health/ready" || true)
  [[ "$ready" == *'breaker:exchange-api'* ]] && break
  sleep 0.5
done

wait "$demo_pid"
trap - EXIT
failed=0
check() {
  if grep -q -- "$1" "$log"; then echo "demo-smoke: seen: $1"; else echo "demo-smoke: NOT seen: $1" >&2; failed=1; fi
}
check "CLOSED -> OPEN"
check "OPEN -> HALF_OPEN"
check "HALF_OPEN -> CLOSED"
check "Stopped after"
if [[ "$ready" == *'breaker:exchange-api'* ]]; then
  echo "demo-smoke: readiness answered: $ready"
else
  echo "demo-smoke: readiness did not list breaker:exchange-api: $ready" >&2
  failed=1
fi
if ((failed)); then
  echo "demo-smoke: FAILED; the demo's output:" >&2
  cat "$log" >&2
  exit 1
fi
echo "demo-smoke: passed"
