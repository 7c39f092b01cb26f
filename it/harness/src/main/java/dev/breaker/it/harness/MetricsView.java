package dev.breaker.it.harness;

import java.util.List;

/** How a runtime shows the library's meters: a Prometheus endpoint, or an exporter's log lines. */
public interface MetricsView {
    /** @return what it reads, for messages */
    String describe();

    /** @return every sample it shows now, names in Prometheus form */
    List<MetricSample> samples();
}
