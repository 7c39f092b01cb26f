package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness reads every runtime's metrics alike, whatever its format's quirks. */
class MetricsViewTest {
    @Test
    void readsPrometheusTextWhateverTheLabelOrderExtraLabelsTrailingCommaOrNumberForm() {
        List<MetricSample> samples = PrometheusEndpoint.parse("""
                # HELP breaker_state 1 for the circuit breaker's current state, 0 for the others
                # TYPE breaker_state gauge
                breaker_state{name="quotes-api",state="open",} 1.0
                breaker_state{mp_scope="application",state="closed",name="quotes-api"} 0
                breaker_calls_total{WF_DEPLOYMENT="breaker-it-wildfly.war",name="quotes-api",outcome="rejected"} 1.0
                breaker_opened_total{name="a \\"quoted\\" name"} 2
                jvm_threads_live 42.0
                # EOF
                """);
        assertThat(samples).hasSize(5);
        assertThat(samples.get(0)).isEqualTo(new MetricSample("breaker_state",
                Map.of("name", "quotes-api", "state", "open"), 1));
        assertThat(samples.get(1).is("breaker_state", Map.of("name", "quotes-api", "state", "closed"))).isTrue();
        assertThat(samples.get(1).value()).isZero();
        assertThat(samples.get(2).is("breaker_calls_total", Map.of("name", "quotes-api", "outcome", "rejected")))
                .isTrue();
        assertThat(samples.get(3).labels()).containsEntry("name", "a \\\"quoted\\\" name");
        assertThat(samples.get(4)).isEqualTo(new MetricSample("jvm_threads_live", Map.of(), 42));
    }

    @Test
    void readsTheLatestLineOfEachInstrumentOfTheOpenTelemetryLoggingExporter() {
        String scope = "[12/3/26, 11:39:48:521 UTC] 00000032 io.opentelemetry.exporter.logging.LoggingMetricExporter"
                + "      I metric: ImmutableMetricData{resource=Resource{schemaUrl=null, attributes={service.name="
                + "\"breaker-it\"}}, instrumentationScopeInfo=InstrumentationScopeInfo{name=dev.breaker, version=null,"
                + " schemaUrl=null, attributes={}}, ";
        String log = String.join("\n",
                scope + "name=breaker.state, description=1 for the circuit breaker's current state, 0 for the others,"
                        + " unit=, type=LONG_GAUGE, data=ImmutableGaugeData{points=[ImmutableLongPointData{"
                        + "startEpochNanos=1, epochNanos=2, attributes={name=\"quotes-api\", state=\"open\"}, value=0,"
                        + " exemplars=[]}]}}",
                "[12/3/26, 11:39:49:000 UTC] 00000031 some.other.Logger I metric: ImmutableMetricData{"
                        + "instrumentationScopeInfo=InstrumentationScopeInfo{name=io.openliberty, ...}, name=http.server,"
                        + " description=x, type=LONG_SUM, data=...}",
                scope + "name=breaker.calls, description=Calls through the circuit breaker, by outcome, unit=,"
                        + " type=LONG_SUM, data=ImmutableSumData{points=[ImmutableLongPointData{startEpochNanos=1,"
                        + " epochNanos=2, attributes={name=\"quotes-api\", outcome=\"rejected\"}, value=1, exemplars=[]},"
                        + " ImmutableLongPointData{startEpochNanos=1, epochNanos=2, attributes={name=\"quotes-api\","
                        + " outcome=\"success\"}, value=2, exemplars=[]}], monotonic=true, aggregationTemporality=CUMULATIVE}}",
                scope + "name=breaker.state, description=1 for the circuit breaker's current state, 0 for the others,"
                        + " unit=, type=LONG_GAUGE, data=ImmutableGaugeData{points=[ImmutableLongPointData{"
                        + "startEpochNanos=1, epochNanos=3, attributes={name=\"quotes-api\", state=\"open\"}, value=1,"
                        + " exemplars=[]}]}}",
                scope + "name=breaker.failure.ratio, description=Share of failures, unit=, type=DOUBLE_GAUGE,"
                        + " data=ImmutableGaugeData{points=[ImmutableDoublePointData{startEpochNanos=1, epochNanos=3,"
                        + " attributes={name=\"pricing\"}, value=0.25, exemplars=[]}]}}");

        List<MetricSample> samples = new LoggedOpenTelemetry(() -> log).samples();

        assertThat(samples).containsExactlyInAnyOrder(
                new MetricSample("breaker_state", Map.of("name", "quotes-api", "state", "open"), 1),
                new MetricSample("breaker_calls_total", Map.of("name", "quotes-api", "outcome", "rejected"), 1),
                new MetricSample("breaker_calls_total", Map.of("name", "quotes-api", "outcome", "success"), 2),
                new MetricSample("breaker_failure_ratio", Map.of("name", "pricing"), 0.25));
    }
}
