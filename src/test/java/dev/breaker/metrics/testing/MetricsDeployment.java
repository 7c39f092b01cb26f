package dev.breaker.metrics.testing;

import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.testing.FakeClock;
import java.util.ArrayList;
import java.util.List;

/** A test deployment of {@link TradingClient} for the metrics tests, through the extension given. */
public final class MetricsDeployment {
    private MetricsDeployment() {
    }

    /**
     * @param path the extension to run through
     * @param backendBeans the test's beans that stand for the backend (a producer of its entry bean)
     * @return the deployment, with {@link TradingClient}, {@link FakeClock} and a retry scheduler that waits no time
     */
    public static TestDeployment of(ExtensionPath path, Class<?>... backendBeans) {
        List<Class<?>> beans = new ArrayList<>(List.of(TradingClient.class, FakeClock.class, RecordingRetryScheduler.class));
        beans.addAll(List.of(backendBeans));
        return TestDeployment.of(beans.toArray(Class<?>[]::new)).through(path);
    }
}
