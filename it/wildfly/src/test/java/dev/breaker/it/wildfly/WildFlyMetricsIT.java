package dev.breaker.it.wildfly;

import dev.breaker.it.harness.MetricsScenario;
import dev.breaker.it.harness.MetricsView;
import dev.breaker.it.harness.PrometheusEndpoint;
import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.ServerProcess;
import java.util.List;

/**
 * The breakers' meters in WildFly with its micrometer subsystem added ({@link WildFlyRuntime} adds it
 * offline before the first start): Micrometer, at {@code /prometheus} on the management port.
 */
class WildFlyMetricsIT extends MetricsScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new WildFlyRuntime();
    }

    @Override
    protected List<MetricsView> views(ServerProcess server) {
        return List.of(new PrometheusEndpoint(runtime().readiness().resolve("/prometheus")));
    }
}
