package dev.breaker.cdi;

import dev.breaker.config.ApplicationKeys;
import dev.breaker.config.ApplicationResolver;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.Message;
import dev.breaker.config.Resolution;
import dev.breaker.core.Sleeper;
import dev.breaker.core.WaitScheduler;
import dev.breaker.scheduling.RetryExecutor;
import dev.breaker.scheduling.RetryScheduling;
import dev.breaker.scheduling.RetrySchedulingResolver;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where {@code @RetryWithBackoff} methods wait between attempts: a synchronous method sleeps in its
 * caller's thread; a {@code CompletionStage} method waits without a thread blocked, and its next attempt
 * runs on the container's managed threads where the container has them, with the caller's context.
 *
 * <p><b>Where.</b> Chosen at start-up ({@link RetrySchedulingResolver}): the scheduler that
 * {@code breaker.retry-executor} names, else Quarkus's Vert.x timers and worker pool, else the Jakarta EE
 * server's default {@code ManagedScheduledExecutorService}, else this bean's own threads. A container's
 * scheduler is never shut down here; stopping cancels the waits this bean gave it.
 *
 * <p><b>The caller's context.</b> Captured on the caller's thread at the call ({@link #forCaller()}),
 * and applied around every later attempt: what MicroProfile Context Propagation carries, else what
 * Jakarta Concurrency's default {@code ContextService} carries (class loader, {@code java:} names,
 * security) and the caller's CDI request context through Weld's or ArC's API.
 *
 * <p><b>Own threads.</b> Created only when an asynchronous retry first waits on them, daemon, named
 * {@value #THREAD_NAME_PREFIX}{@code <n>}, with the application's class loader as their context class
 * loader, and nothing inherited from the thread that happened to create them (a server's inheritable
 * thread locals, such as Payara's security identity, would otherwise leak from one request to another's
 * retries). An idle thread ends after 30 seconds.
 *
 * <p>When the container destroys this bean (application shutdown or undeploy), every own thread is
 * stopped, so none outlives the deployment and pins its class loader, every wait on a container's
 * scheduler is cancelled, and every retry still waiting completes at once with its last failure (with a
 * suppressed {@link RejectedExecutionException} saying why) rather than never.
 *
 * <p>Tests replace this bean with an {@code @Alternative} subclass that records the waits instead.
 * Thread-safe.
 */
@ApplicationScoped
public class RetryScheduler implements WaitScheduler, Sleeper {
    /** How the scheduler's own threads are named, followed by a number. */
    public static final String THREAD_NAME_PREFIX = "breaker-retry-";
    private static final Logger LOG = System.getLogger("dev.breaker");
    private static final long IDLE_SECONDS = 30;
    private static final String STOPPING = "the application is stopping: no further retry attempts";

    private final Object lock = new Object();
    private final AtomicInteger threadCount = new AtomicInteger();
    private final Map<CompletableFuture<?>, Supplier<Throwable>> waiting = new ConcurrentHashMap<>();
    private final Set<PendingWait> pendingWaits = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean captureFailureLogged = new AtomicBoolean();
    private final ClassLoader applicationLoader;
    /** Chosen at start-up; until then the library's own threads, carrying nothing. */
    private volatile RetryScheduling scheduling = RetryScheduling.OWN_THREADS;
    /** Guarded by {@link #lock}; created at the first wait on the own threads. */
    private ScheduledThreadPoolExecutor executor;
    /** Written under {@link #lock}. */
    private volatile boolean stopped;

    /** Keeps the class loader of the deployment's thread, the application's, for the threads it starts. */
    public RetryScheduler() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.applicationLoader = context != null ? context : RetryScheduler.class.getClassLoader();
    }

    /**
     * Chooses where asynchronous retries wait, and which of the caller's context goes with them, on the
     * deployment's thread: in a Jakarta EE server, the only one where {@code java:comp} names resolve for
     * a library.
     *
     * @param startup the event of the application's start
     * @param beans the container
     * @throws IllegalStateException when {@code breaker.retry-executor} is not allowed or names no scheduler
     */
    void chooseAtStartup(@Observes @Initialized(ApplicationScoped.class) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
            Object startup, BeanManager beans) {
        Resolution<Optional<String>> configured = new ApplicationResolver(ConfigLookup.ofApplication(applicationLoader))
                .resolve(ApplicationKeys.RETRY_EXECUTOR);
        if (!configured.problems().isEmpty()) {
            throw new IllegalStateException(
                    Message.COMPANION_STARTUP_FAILED.format("\n  " + String.join("\n  ", configured.problems())));
        }
        RetryScheduling chosen = RetrySchedulingResolver.resolve(beans, configured.orThrow());
        scheduling = chosen;
        LOG.log(Level.INFO, () -> "Breaker: " + chosen.description());
    }

    /** @return where asynchronous retries wait, and which of the caller's context goes with them */
    public RetryScheduling scheduling() {
        return scheduling;
    }

    /**
     * Captures the caller's context, on the caller's thread, at the call of a {@code CompletionStage}
     * method: every later attempt of that call runs inside it, wherever it runs.
     *
     * @return where the call's retries wait
     */
    public WaitScheduler forCaller() {
        Executor caller;
        try {
            caller = scheduling.context().capture();
        } catch (RuntimeException uncapturable) {
            if (captureFailureLogged.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "Breaker: the caller's context could not be captured for its retries, which run"
                        + " without it; this is logged once", uncapturable);
            }
            caller = null;
        }
        if (caller == null) {
            return this;
        }
        Executor context = caller;
        return (task, delayMillis) -> schedule(new InCallerContext(context, task), delayMillis);
    }

    /**
     * Runs the task after the delay: on the container's scheduler where there is one, else on one of
     * this bean's own threads.
     *
     * @throws RejectedExecutionException once the application is stopping, or when the container's
     *     scheduler takes no more tasks
     */
    @Override
    public void schedule(Runnable task, long delayMillis) {
        RetryExecutor container = scheduling.executor();
        if (container == null) {
            executor().schedule(task, delayMillis, TimeUnit.MILLISECONDS);
            return;
        }
        if (stopped) {
            throw new RejectedExecutionException(STOPPING);
        }
        PendingWait wait = new PendingWait(task);
        pendingWaits.add(wait);
        try {
            wait.handle = container.schedule(wait, delayMillis);
        } catch (RuntimeException refused) {
            pendingWaits.remove(wait);
            throw refused instanceof RejectedExecutionException rejected ? rejected
                    : new RejectedExecutionException(container.description() + " took no task", refused);
        }
        if (stopped) {
            wait.cancel(); // stop() ran meanwhile, before this wait had its handle
        }
    }

    /** Sleeps in the calling thread: a synchronous method's caller waits for its result anyway. */
    @Override
    public void sleep(long millis) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(millis);
    }

    /**
     * Keeps an asynchronous run of attempts in sight until it completes, so that stopping the
     * application can complete it.
     *
     * @param run the stage of the whole run of attempts
     * @param lastFailure the failure of the latest attempt, or {@code null} before one failed
     * @param <T> the result type
     * @return {@code run}
     */
    public <T> CompletableFuture<T> track(CompletableFuture<T> run, Supplier<Throwable> lastFailure) {
        if (!run.isDone()) {
            waiting.put(run, lastFailure);
            run.whenComplete((value, failure) -> waiting.remove(run));
        }
        return run;
    }

    /** Stops every own thread, cancels every wait on a container's scheduler, completes every run still waiting. */
    @PreDestroy
    void stop() {
        synchronized (lock) {
            stopped = true;
            if (executor != null) {
                executor.shutdownNow();
            }
        }
        for (PendingWait wait : pendingWaits) {
            wait.cancel();
        }
        for (Map.Entry<CompletableFuture<?>, Supplier<Throwable>> entry : waiting.entrySet()) {
            RejectedExecutionException stopping = new RejectedExecutionException(STOPPING);
            Throwable last = entry.getValue().get();
            if (last != null) {
                last.addSuppressed(stopping);
            }
            entry.getKey().completeExceptionally(last != null ? last : stopping);
        }
        waiting.clear();
    }

    private ScheduledThreadPoolExecutor executor() {
        synchronized (lock) {
            if (stopped) {
                throw new RejectedExecutionException(STOPPING);
            }
            if (executor == null) {
                int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
                ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(threads, threadFactory());
                created.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
                created.allowCoreThreadTimeOut(true);
                created.setRemoveOnCancelPolicy(true);
                executor = created;
            }
            return executor;
        }
    }

    private ThreadFactory threadFactory() {
        return task -> {
            // No inherited thread locals: the thread serves every later caller, not the one that created it.
            Thread thread = new Thread(null, task, THREAD_NAME_PREFIX + threadCount.incrementAndGet(), 0, false);
            thread.setDaemon(true);
            thread.setContextClassLoader(applicationLoader);
            return thread;
        };
    }

    /**
     * A later attempt, run inside its caller's context. Should the context fail to apply (a container
     * that is stopping, say), the attempt still runs, without it, rather than never: its run would
     * otherwise wait until the application stops.
     */
    private final class InCallerContext implements Runnable {
        private final Executor context;
        private final Runnable task;
        private boolean started;

        InCallerContext(Executor context, Runnable task) {
            this.context = context;
            this.task = task;
        }

        @Override
        public void run() {
            try {
                context.execute(() -> {
                    started = true;
                    task.run();
                });
            } catch (RuntimeException unapplied) {
                LOG.log(Level.WARNING, "Breaker: the caller's context could not be "
                        + (started ? "restored after" : "applied to") + " a retry attempt", unapplied);
                if (!started) {
                    task.run();
                }
            }
        }
    }

    /** A wait on a container's scheduler, until its task starts or stopping cancels it. */
    private final class PendingWait implements Runnable {
        private final Runnable task;
        private volatile RetryExecutor.Wait handle;

        PendingWait(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            if (pendingWaits.remove(this)) { // false once stop() cancelled it: the run is already complete
                task.run();
            }
        }

        void cancel() {
            pendingWaits.remove(this);
            RetryExecutor.Wait started = handle;
            if (started != null) {
                started.cancel();
            }
        }
    }
}
