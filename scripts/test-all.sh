#!/usr/bin/env bash
# Runs every test of the project, in the order a failure is cheapest to find:
#   1. the library's build: unit, model-based and Lincheck tests, the CDI and health suites in Weld SE
#      (once per extension, plus environment-variable and health-absent runs; see pom.xml);
#   2. the release artifacts, checked as Maven Central would (scripts/check-release.sh: POM metadata,
#      sources and javadoc jars, LICENSE and NOTICE, module name, a reproducible build);
#   3. jcstress in its quick sanity mode, on the installed jar;
#   4. the integration tests in four real runtimes (Quarkus, Payara Micro, Open Liberty, WildFly) and a
#      demo smoke run.
# Needs Java 17 and Maven; everything else comes from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$*"; }

step "library: unit, model, Lincheck, CDI and health tests"
mvn -B -ntp install

step "release artifacts, checked as Maven Central would"
bash scripts/check-release.sh

step "jcstress (sanity mode)"
mvn -B -ntp -q -f jcstress/pom.xml package
report=target/jcstress-sanity.txt
mkdir -p target
java -jar jcstress/target/jcstress.jar -m sanity > "$report" 2>&1 || { tail -n 40 "$report"; exit 1; }
sed -n '/RUN RESULTS/,$p' "$report"
# jcstress reports failures in its summary; do not rely on its exit code alone.
grep -q 'Failed tests: No matches' "$report" && grep -q 'Error tests: No matches' "$report" \
  || { echo "jcstress: failures, see $report" >&2; exit 1; }

if [[ -f scripts/it.sh ]]; then
  step "real runtimes"
  BREAKER_IT_SKIP_INSTALL=1 bash scripts/it.sh
fi
