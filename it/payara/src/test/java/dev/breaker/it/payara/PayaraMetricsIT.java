package dev.breaker.it.payara;

import dev.breaker.it.harness.MetricsScenario;
import dev.breaker.it.harness.MetricsView;
import dev.breaker.it.harness.PrometheusEndpoint;
import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.ServerProcess;
import java.util.List;

/**
 * The breakers' meters in Payara Micro, with nothing to enable: MicroProfile Metrics 5, the application
 * scope of {@code /metrics}.
 */
class PayaraMetricsIT extends MetricsScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new PayaraRuntime();
    }

    @Override
    protected List<MetricsView> views(ServerProcess server) {
        return List.of(new PrometheusEndpoint(runtime().application().resolve("/metrics?scope=application")));
    }
}
