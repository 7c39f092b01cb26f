package dev.breaker.it.quarkus;

import dev.breaker.it.harness.MetricsScenario;
import dev.breaker.it.harness.MetricsView;
import dev.breaker.it.harness.PrometheusEndpoint;
import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.ServerProcess;
import java.util.List;

/** The breakers' meters in Quarkus with quarkus-micrometer-registry-prometheus: Micrometer, at /q/metrics. */
class QuarkusMetricsIT extends MetricsScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new QuarkusRuntime();
    }

    @Override
    protected List<MetricsView> views(ServerProcess server) {
        return List.of(new PrometheusEndpoint(runtime().application().resolve("/q/metrics")));
    }
}
