package dev.breaker.scheduling;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.naming.NamingException;

/**
 * A Jakarta Concurrency {@code ManagedScheduledExecutorService} (Payara, WildFly, Open Liberty), found by
 * its JNDI name on the deployment's thread. Used through {@link ScheduledExecutorService} alone, so this
 * class needs nothing of Jakarta Concurrency's API. Never shut down: it is the container's (Payara's
 * executors declared by an application would even obey).
 */
final class ManagedRetryExecutor implements RetryExecutor {
    /** The default scheduler every Jakarta EE 10 server binds. */
    static final String DEFAULT_NAME = "java:comp/DefaultManagedScheduledExecutorService";

    private final ScheduledExecutorService scheduler;
    private final String name;

    private ManagedRetryExecutor(ScheduledExecutorService scheduler, String name) {
        this.scheduler = scheduler;
        this.name = name;
    }

    /**
     * @param name a JNDI name
     * @return the scheduler bound there
     * @throws NamingException when nothing is bound there, or there is no JNDI (Quarkus, Weld SE)
     * @throws NotAScheduler when what is bound there is no {@link ScheduledExecutorService}
     */
    static ManagedRetryExecutor lookup(String name) throws NamingException {
        Object found = Jndi.lookup(name);
        if (found instanceof ScheduledExecutorService scheduler) {
            return new ManagedRetryExecutor(scheduler, name);
        }
        throw new NotAScheduler(found == null ? "null" : "a " + found.getClass().getName());
    }

    @Override
    public Wait schedule(Runnable task, long delayMillis) {
        ScheduledFuture<?> future = scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public String description() {
        return name;
    }

    /** What a JNDI name is bound to is not a scheduler. */
    static final class NotAScheduler extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAScheduler(String found) {
            super("it is " + found + ", not a ScheduledExecutorService");
        }
    }
}
