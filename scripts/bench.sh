#!/usr/bin/env bash
# Builds and runs the benchmark suite (Maven profile "bench", sources in src/jmh/java): the CLOSED call,
# the rejection, 1- and 2-thread throughput, bytes per call (-prof gc) and bytes per idle breaker, for
# Breaker, Resilience4j, Failsafe and SmallRye Fault Tolerance, and the call of an intercepted CDI bean in
# Weld SE (dev.breaker.bench.cdi), in one run with one set of JVM flags.
# Prints Markdown for BENCHMARKS.md; the JMH JSON goes to target/jmh-result.json.
#
#   scripts/bench.sh                 # the whole suite, a few minutes
#   scripts/bench.sh Rejection       # extra arguments go to JMH, e.g. a benchmark regex
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JVM_FLAGS="${JVM_FLAGS:--Xms1g -Xmx1g}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

mvn -B -ntp -q -Pbench -DskipTests test-compile
CLASSPATH="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

echo "JDK: $("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.version = //p') ($("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.vendor = //p'))"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM flags: $JVM_FLAGS"
# The 2-thread figure needs both cores: on a busy machine it measures the other work, not the breaker.
if awk -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { exit !(load > 1.0) }'; then
    echo "WARNING: load average above 1 before the run: the figures, the 2-thread one most, will suffer"
fi

# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
exec "$JAVA" $JVM_FLAGS -cp "$CLASSPATH" dev.breaker.bench.BenchSuite \
    -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc \
    -jvmArgs "$JVM_FLAGS" \
    -rf json -rff target/jmh-result.json \
    "${@:-dev.breaker.bench.(ClosedCall|Rejection|Scaling|ClockRead|cdi\..*Call)Benchmark}"
