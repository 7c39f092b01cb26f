#!/usr/bin/env bash
# Runs the demo for 40 s without a terminal and checks that it showed a whole cycle
# (CLOSED -> OPEN -> HALF_OPEN -> CLOSED), served readiness (DOWN while OPEN) and its metrics (the
# breaker open in breaker_state while OPEN) and stopped cleanly, that a one-off glitch was retried and
# never counted, and that the fallback answered while OPEN.
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

# Readiness while it runs: it must list the breaker's check, and be DOWN (503) with OPEN at some point.
ready=""
down=""
# Metrics while it runs: the Prometheus text at /metrics must show the breaker open at some point.
open_metric='breaker_state{name="exchange-api",state="open"} 1.0'
metrics_open=""
while kill -0 "$demo_pid" 2>/dev/null; do
  answer=$(curl -s -w ' HTTP %{http_code}' "http://localhost:$port/health/ready" | tr -d ' \n' || true)
  [[ -z "$ready" && "$answer" == *'breaker:exchange-api'* ]] && ready="$answer"
  [[ -z "$down" && "$answer" == *'"OPEN"'*'HTTP503' ]] && down="$answer"
  if [[ -z "$metrics_open" ]] && curl -s "http://localhost:$port/metrics" | grep -qF "$open_metric"; then
    metrics_open=$(curl -s "http://localhost:$port/metrics" | grep '^breaker_' | tr '\n' ' ' || true)
  fi
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
check "retried .* after: connection reset"
check "fallback (cached) .* breaker OPEN"
if grep -q -- "failed .*glitch" "$log"; then
  echo "demo-smoke: a one-off glitch reached the breaker (not retried): $(grep -m1 -- "failed .*glitch" "$log")" >&2
  failed=1
else
  echo "demo-smoke: no one-off glitch counted as a failure"
fi
check "Stopped after"
if [[ -n "$ready" ]]; then
  echo "demo-smoke: readiness listed the breaker: $ready"
else
  echo "demo-smoke: readiness never listed breaker:exchange-api" >&2
  failed=1
fi
if [[ -n "$down" ]]; then
  echo "demo-smoke: readiness went DOWN while OPEN: $down"
else
  echo "demo-smoke: readiness never answered 503 with state OPEN" >&2
  failed=1
fi
if [[ -n "$metrics_open" ]]; then
  echo "demo-smoke: /metrics showed the breaker open: $metrics_open"
else
  echo "demo-smoke: /metrics never showed $open_metric" >&2
  failed=1
fi
if ((failed)); then
  echo "demo-smoke: FAILED; the demo's output:" >&2
  cat "$log" >&2
  exit 1
fi
echo "demo-smoke: passed"
