#!/usr/bin/env bash
# Runs every test of the project: unit, model and Lincheck tests, and the CDI and health suites in
# Weld SE (once per extension, plus environment-variable and health-absent runs; see pom.xml).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp install
