package dev.breaker.cdi;

import dev.breaker.RetryWithBackoff;
import dev.breaker.core.AsyncRetry;
import dev.breaker.core.WaitScheduler;
import dev.breaker.mutiny.MutinyCalls;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletableFuture;

/**
 * Retries a {@code @RetryWithBackoff} method: each attempt proceeds down the rest of the interceptor
 * chain and into the method again. Its priority, {@link InterceptorOrder#RETRY_WITH_BACKOFF}, puts it
 * inside {@code @Breaker}, so a breaker counts a whole run of attempts as one call, and a breaker's
 * rejection ({@link dev.breaker.BreakerOpenException}, never retried anyway) never reaches it.
 *
 * <p>A synchronous method waits in its caller's thread; an interrupted wait ends the attempts, sets the
 * interrupt flag again and throws the last failure. A method returning {@code CompletionStage} or
 * {@code CompletableFuture} waits on {@link RetryScheduler} without blocking a thread, and its caller
 * gets a stage of the whole run at once; its later attempts run with the context of its caller's thread,
 * captured at the call. A method returning a Mutiny {@code Uni} is retried by resubscribing its
 * {@code Uni}, with the same waits, on the same scheduler.
 */
@RetryWithBackoff
@Interceptor
@Priority(InterceptorOrder.RETRY_WITH_BACKOFF)
public class RetryInterceptor {
    private final RetryScheduler waits;
    private final InterceptedMethods<MethodRetry> retries;

    /**
     * @param policies each method's retry
     * @param waits where asynchronous retries wait
     */
    @Inject
    public RetryInterceptor(CompanionResolver policies, RetryScheduler waits) {
        this.waits = waits;
        this.retries = policies.retries();
    }

    /**
     * @param invocation the intercepted call
     * @return what the first successful attempt returned
     * @throws Exception the last attempt's failure, or the first one not worth retrying
     */
    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        MethodRetry retry = retries.of(invocation);
        if (!retry.enabled) {
            return invocation.proceed();
        }
        if (retry.uni) {
            return retryUni(retry, invocation);
        }
        if (retry.async) {
            AttemptStages attempts = new AttemptStages(invocation);
            // The caller's context is captured here, on its thread, for the attempts after the first.
            WaitScheduler laterAttempts = retry.settings.maxAttempts() > 1 ? waits.forCaller() : waits;
            CompletableFuture<Object> run = AsyncRetry.start(retry.settings, retry.schedule, laterAttempts, attempts,
                    retry.stopWhen, retry.countRetry);
            return waits.track(run, attempts::lastFailure);
        }
        return retry.loop.call(invocation::proceed);
    }

    /**
     * The method runs now; each subscription of the {@code Uni} it returns is a run of attempts, each a
     * subscription of that {@code Uni}, waiting on {@link RetryScheduler} in between, later attempts with
     * the caller's context. A method that threw instead of returning a {@code Uni} is called again for
     * each further attempt.
     */
    private Object retryUni(MethodRetry retry, InvocationContext invocation) {
        Proceeded ran = Proceeded.run(invocation);
        // As for a stage: the caller's context, captured here at the call, goes with every later attempt.
        WaitScheduler laterAttempts = retry.settings.maxAttempts() > 1 ? waits.forCaller() : waits;
        return MutinyCalls.retry(ran.returned(), ran.thrown(), invocation::proceed, retry.settings, retry.schedule,
                laterAttempts, retry.stopWhen, retry.countRetry, waits::track);
    }
}
