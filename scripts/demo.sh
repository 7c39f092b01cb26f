#!/usr/bin/env bash
# The demo: a flaky exchange API called through @Breaker, @RetryWithBackoff and @WithFallback, every
# call and state change printed as it happens, readiness served at http://localhost:8095/health/ready
# (see demo/README.md).
#
#   bash scripts/demo.sh                  # runs until Ctrl-C
#   bash scripts/demo.sh --duration 60    # stops by itself after 60 s
#   bash scripts/demo.sh --port 9000      # serves health on another port
#
# Needs Java 17 and Maven; the first run downloads Weld SE, SmallRye Config and SmallRye Health.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the library and the demo (tests skipped)..."
mvn -B -ntp -q -DskipTests install
mvn -B -ntp -q -f demo/pom.xml package
exec java -jar demo/target/breaker-demo.jar "$@"
