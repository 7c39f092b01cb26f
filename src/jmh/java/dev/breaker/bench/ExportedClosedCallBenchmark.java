package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.inject.Singleton;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.environment.se.Weld;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Metrics export costs nothing per call: a CLOSED call through a breaker that the library exports to a
 * Micrometer registry (made by the registry of a Weld SE application whose {@code MeterRegistry} bean the
 * library bound, {@code breaker.metrics=micrometer}), against the same call through a breaker with the
 * same settings that nothing exports. Run with {@code -prof gc}: both allocate nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExportedClosedCallBenchmark {
    /** Not final and read through the operation, so the JIT cannot fold the call away. */
    private String payload = "ok";
    private final Callable<String> operation = () -> payload;

    private SeContainer container;
    private CircuitBreaker exported;
    private CircuitBreaker unexported;

    /** The application's {@code MeterRegistry}: a simple registry, as a test or a small service would have. */
    @ApplicationScoped
    public static class MeterRegistryBean {
        static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();

        @Produces
        @Singleton
        MeterRegistry registry() {
            return REGISTRY;
        }
    }

    /** Starts the application, and checks that the exported breaker's meters read its calls. */
    @Setup
    public void setUp() throws Exception {
        System.setProperty("breaker.metrics", "micrometer");
        container = new Weld("bench-exported").addBeanClasses(MeterRegistryBean.class).initialize();
        exported = container.select(CircuitBreakerRegistry.class).get().get("exported");
        unexported = CircuitBreaker.builder("unexported").settings(exported.settings()).build();
        exported.call(operation);
        FunctionCounter successes = MeterRegistryBean.REGISTRY.find("breaker.calls").tag("name", "exported")
                .tag("outcome", "success").functionCounter();
        if (successes == null || successes.count() != 1) {
            throw new IllegalStateException("the breaker 'exported' is not exported: " + successes);
        }
        if (MeterRegistryBean.REGISTRY.find("breaker.calls").tag("name", "unexported").meter() != null) {
            throw new IllegalStateException("the breaker 'unexported' is exported");
        }
    }

    /** Stops the application. */
    @TearDown
    public void tearDown() {
        container.close();
        System.clearProperty("breaker.metrics");
    }

    /** @return the call through a breaker whose counts a Micrometer registry reads */
    @Benchmark
    public String exported() throws Exception {
        return exported.call(operation);
    }

    /** @return the call through a breaker with the same settings that nothing exports */
    @Benchmark
    public String unexported() throws Exception {
        return unexported.call(operation);
    }
}
