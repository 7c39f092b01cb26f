#!/usr/bin/env bash
# Runs every test of the project: the library's unit, model and Lincheck tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp install
