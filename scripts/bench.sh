#!/usr/bin/env bash
# Builds and runs the benchmark suite (Maven profile "bench", sources in src/jmh/java), in one run with
# one set of JVM flags, for Breaker, Resilience4j, Failsafe and SmallRye Fault Tolerance: the CLOSED call
# in consecutive mode, in ratio mode with a count window of 100 and with a 60 s time window, with
# slow-call detection on, with its meters bound to Micrometer, and a Uni method's beside Mutiny's own
# operators; the rejection; 1- and 2-thread throughput of one shared breaker (consecutive and count
# window); bytes per call (-prof gc); the call of an intercepted CDI bean in Weld SE
# (dev.breaker.bench.cdi). Then, in the same JVM, bytes per idle breaker (IdleFootprint) and the cost of
# the one clock thread, busy and idle (ClockThreadCost). Prints Markdown for BENCHMARKS.md, with each
# target met or not; the JMH JSON goes to target/jmh-result.json.
#
#   scripts/bench.sh                 # the whole suite, about 7 minutes on 2 cores
#   scripts/bench.sh RatioCall       # extra arguments go to JMH, e.g. a benchmark regex
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 scripts/bench.sh
#   MVN_ARGS=-Dmaven.repo.local=/some/repo scripts/bench.sh    # extra Maven arguments for the build
#   BENCH_WAIT_IDLE=30 scripts/bench.sh   # first wait (at most 30 minutes) for both CPUs to be 90% idle
#   JMH_RUN="-f 1 -wi 4 -w 1s -i 5 -r 1s" scripts/bench.sh      # the default iterations (see BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."

JVM_FLAGS="${JVM_FLAGS:--Xms1g -Xmx1g}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

JMH_RUN="${JMH_RUN:--f 1 -wi 4 -w 1s -i 5 -r 1s}"
# shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
mvn -B -ntp -q -Pbench -DskipTests ${MVN_ARGS:-} test-compile
CLASSPATH="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

# CPU idle share over the next 5 seconds, in percent, from /proc/stat.
idle_percent() {
    local a b
    a=$(awk '/^cpu /{print $5+$6, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
    sleep 5
    b=$(awk '/^cpu /{print $5+$6, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); print int(100 * (y[1] - x[1]) / (y[2] - x[2])) }'
}
if [ -n "${BENCH_WAIT_IDLE:-}" ]; then
    deadline=$((SECONDS + 60 * BENCH_WAIT_IDLE))
    quiet=0
    while [ "$quiet" -lt 2 ] && [ "$SECONDS" -lt "$deadline" ]; do
        if [ "$(idle_percent)" -ge 90 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    done
    echo "CPU idle before the run: $(idle_percent)% over 5 s ($([ "$quiet" -ge 2 ] && echo quiet || echo "still busy after $BENCH_WAIT_IDLE minutes"))"
fi

echo "JDK: $("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.version = //p') ($("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.vendor = //p'))"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM flags: $JVM_FLAGS; JMH: $JMH_RUN -prof gc"
# The 2-thread figure needs both cores: on a busy machine it measures the other work, not the breaker.
if awk -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { exit !(load > 1.0) }'; then
    echo "WARNING: load average above 1 before the run: the figures, the 2-thread one most, will suffer"
fi

# shellcheck disable=SC2086 # JVM_FLAGS and JMH_RUN are lists of flags
exec "$JAVA" $JVM_FLAGS -cp "$CLASSPATH" dev.breaker.bench.BenchSuite \
    $JMH_RUN -prof gc \
    -jvmArgs "$JVM_FLAGS" \
    -rf json -rff target/jmh-result.json \
    "${@:-dev.breaker.bench.(ClosedCall|ExportedClosedCall|Rejection|Scaling|ClockRead|RatioCall|RatioScaling|TimeWindowCall|SlowCall|UniCall|cdi\..*Call)Benchmark}"
