package dev.breaker.cdi;

import dev.breaker.core.Sleeper;
import dev.breaker.core.WaitScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where {@code @RetryWithBackoff} methods wait between attempts: a synchronous method sleeps in its
 * caller's thread; a {@code CompletionStage} method waits on this application's own scheduler, with no
 * thread blocked, and its next attempt runs on a scheduler thread.
 *
 * <p><b>Threads.</b> Created only when an asynchronous retry first waits, daemon, named
 * {@value #THREAD_NAME_PREFIX}{@code <n>}, with the application's class loader as their context class
 * loader (so configuration lookups in an attempt see the application's properties). An idle thread ends
 * after 30 seconds. When the container destroys this bean (application shutdown or
 * undeploy), every thread is stopped, so none outlives the deployment and pins its class loader, and
 * every retry still waiting completes at once with its last failure (with a suppressed
 * {@link RejectedExecutionException} saying why) rather than never.
 *
 * <p>Tests replace this bean with an {@code @Alternative} subclass that records the waits instead.
 * Thread-safe.
 */
@ApplicationScoped
public class RetryScheduler implements WaitScheduler, Sleeper {
    /** How the scheduler's threads are named, followed by a number. */
    public static final String THREAD_NAME_PREFIX = "breaker-retry-";
    private static final long IDLE_SECONDS = 30;

    private final Object lock = new Object();
    private final AtomicInteger threadCount = new AtomicInteger();
    private final Map<CompletableFuture<?>, Supplier<Throwable>> waiting = new ConcurrentHashMap<>();
    private final ClassLoader applicationLoader;
    /** Guarded by {@link #lock}; created at the first wait. */
    private ScheduledThreadPoolExecutor executor;
    /** Guarded by {@link #lock}. */
    private boolean stopped;

    /** Keeps the class loader of the deployment's thread, the application's, for the threads it starts. */
    public RetryScheduler() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.applicationLoader = context != null ? context : RetryScheduler.class.getClassLoader();
    }

    /**
     * Runs the task on a scheduler thread after the delay.
     *
     * @throws RejectedExecutionException once the application is stopping
     */
    @Override
    public void schedule(Runnable task, long delayMillis) {
        executor().schedule(task, delayMillis, TimeUnit.MILLISECONDS);
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

    /** Stops every thread and completes every run still waiting. */
    @PreDestroy
    void stop() {
        synchronized (lock) {
            stopped = true;
            if (executor != null) {
                executor.shutdownNow();
            }
        }
        for (Map.Entry<CompletableFuture<?>, Supplier<Throwable>> entry : waiting.entrySet()) {
            RejectedExecutionException stopping =
                    new RejectedExecutionException("the application is stopping: no further retry attempts");
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
                throw new RejectedExecutionException("the application is stopping: no further retry attempts");
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
            Thread thread = new Thread(task, THREAD_NAME_PREFIX + threadCount.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(applicationLoader);
            return thread;
        };
    }
}
