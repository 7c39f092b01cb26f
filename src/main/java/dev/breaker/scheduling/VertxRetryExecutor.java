package dev.breaker.scheduling;

import io.vertx.core.Vertx;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Quarkus: a Vert.x timer waits (no thread blocked), then Quarkus's worker pool, the
 * {@code ManagedExecutor} bean, runs the attempt, off the event loop, since an attempt may block.
 * Both beans are fetched at the first wait, never at start-up: Quarkus starts the application before
 * its {@code Vertx} bean may be used. Loaded only once {@link dev.breaker.config.OptionalApi#VERTX} and
 * {@link dev.breaker.config.OptionalApi#MICROPROFILE_CONTEXT_PROPAGATION} are present and ArC runs.
 */
final class VertxRetryExecutor implements RetryExecutor {
    private final Instance<Vertx> vertxBean;
    private final Instance<ManagedExecutor> workersBean;
    private volatile Vertx vertx;
    private volatile Executor workers;

    private VertxRetryExecutor(Instance<Vertx> vertxBean, Instance<ManagedExecutor> workersBean) {
        this.vertxBean = vertxBean;
        this.workersBean = workersBean;
    }

    /**
     * @param beans the container
     * @return Quarkus's scheduler; {@code null} when either bean is missing
     */
    static RetryExecutor find(BeanManager beans) {
        try {
            Instance<Object> lookup = beans.createInstance();
            Instance<Vertx> vertx = lookup.select(Vertx.class);
            Instance<ManagedExecutor> workers = lookup.select(ManagedExecutor.class);
            return vertx.isResolvable() && workers.isResolvable() ? new VertxRetryExecutor(vertx, workers) : null;
        } catch (RuntimeException | LinkageError notQuarkus) {
            return null;
        }
    }

    @Override
    public Wait schedule(Runnable task, long delayMillis) {
        if (vertx == null) {
            workers = workersBean.get();
            vertx = vertxBean.get();
        }
        Vertx timers = vertx;
        Executor pool = workers;
        long timer = timers.setTimer(Math.max(1, delayMillis), fired -> pool.execute(task));
        return () -> timers.cancelTimer(timer);
    }

    @Override
    public String description() {
        return "Quarkus's Vert.x timers, then its worker pool (the ManagedExecutor)";
    }
}
