package dev.breaker.it.liberty;

import dev.breaker.it.harness.LoggedOpenTelemetry;
import dev.breaker.it.harness.MetricsScenario;
import dev.breaker.it.harness.MetricsView;
import dev.breaker.it.harness.PrometheusEndpoint;
import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.ServerProcess;
import java.util.List;

/**
 * The breakers' meters in Open Liberty through both of its backends at once ({@code breaker.metrics=
 * mp-metrics,opentelemetry} in the application's configuration): MicroProfile Metrics 5 at
 * {@code /metrics?scope=application}, and MicroProfile Telemetry 2, whose SDK writes them to
 * {@code messages.log} with its logging exporter (server.env, from pom.xml).
 */
class LibertyMetricsIT extends MetricsScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new LibertyRuntime();
    }

    @Override
    protected List<MetricsView> views(ServerProcess server) {
        return List.of(new PrometheusEndpoint(runtime().application().resolve("/metrics?scope=application")),
                new LoggedOpenTelemetry(server::log));
    }
}
