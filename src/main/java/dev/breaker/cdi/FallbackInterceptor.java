package dev.breaker.cdi;

import dev.breaker.core.Throwables;
import dev.breaker.mutiny.MutinyCalls;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/**
 * Answers a {@code @WithFallback} method's failure with its fallback method, called on the same bean
 * instance ({@link InvocationContext#getTarget()}) with the same arguments, and the failure too when
 * the fallback takes it. Its priority, {@link InterceptorOrder#WITH_FALLBACK}, makes it the outermost
 * of the library's interceptors, so it also answers a breaker's {@link dev.breaker.BreakerOpenException}
 * and the last failure of a run of retries.
 *
 * <p>A failure is judged and handed over with the wrappers of asynchronous code removed. A method
 * returning {@code CompletionStage} or {@code CompletableFuture} is answered when its stage fails (or
 * when it throws instead of returning one); the caller's stage then follows the fallback's. The
 * fallback's own failure reaches the caller as it is.
 *
 * <p>Bound through {@link FallbackBinding}, which {@code @WithFallback} carries: so it also applies on a
 * REST client interface, where the fallback is a default method of the interface ({@link MethodFallback}).
 */
@FallbackBinding
@Interceptor
@Priority(InterceptorOrder.WITH_FALLBACK)
public class FallbackInterceptor {
    private final InterceptedMethods<MethodFallback> fallbacks;

    /** @param policies each method's fallback */
    @Inject
    public FallbackInterceptor(CompanionResolver policies) {
        this.fallbacks = policies.fallbacks();
    }

    /**
     * @param invocation the intercepted call
     * @return what the method returned, or what the fallback answered
     * @throws Exception what the method threw when the fallback does not answer it, or what the
     *     fallback threw
     */
    @AroundInvoke
    public Object answer(InvocationContext invocation) throws Exception {
        MethodFallback fallback = fallbacks.of(invocation);
        if (!fallback.enabled) {
            return invocation.proceed();
        }
        if (fallback.async) {
            return answerAsync(fallback, invocation);
        }
        if (fallback.uni) {
            return answerUni(fallback, invocation);
        }
        try {
            return invocation.proceed();
        } catch (Throwable thrown) {
            Throwable failure = fallback.failureOf(thrown);
            if (!fallback.answers(failure)) {
                throw thrown;
            }
            try {
                return fallback.answer(fallback.receiverOf(invocation.getTarget()), invocation.getParameters(), failure);
            } finally {
                if (failure instanceof InterruptedException) {
                    // The caller gets an answer instead of the InterruptedException, so it must still
                    // learn that its thread was interrupted; set after the fallback ran, so that the
                    // fallback's own waits are not cut short.
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * The method runs now; each subscription of the {@code Uni} it returns that fails with a failure the
     * fallback answers gets the fallback's item, or subscribes the fallback's {@code Uni}.
     */
    private static Object answerUni(MethodFallback fallback, InvocationContext invocation) {
        FallbackReceiver receiver = FallbackReceiver.of(fallback, invocation.getTarget());
        Proceeded ran = Proceeded.run(invocation);
        return MutinyCalls.withFallback(ran.returned(), ran.thrown(),
                new UniFallbackCall(fallback, receiver.receiver(), receiver.unavailable(), invocation.getParameters()));
    }

    @SuppressWarnings("unchecked")
    private static CompletableFuture<Object> answerAsync(MethodFallback fallback, InvocationContext invocation) {
        FallbackReceiver receiver = FallbackReceiver.of(fallback, invocation.getTarget());
        CompletionStage<Object> stage;
        try {
            stage = (CompletionStage<Object>) invocation.proceed();
            if (stage == null) {
                throw new NullPointerException("the method returned null instead of a CompletionStage");
            }
        } catch (Throwable thrown) {
            stage = CompletableFuture.failedFuture(thrown);
        }
        CompletableFuture<Object> result = new CompletableFuture<>();
        stage.whenComplete((value, thrown) -> {
            if (thrown == null) {
                result.complete(value);
                return;
            }
            Throwable failure = fallback.failureOf(thrown);
            if (!fallback.answers(failure)) {
                result.completeExceptionally(failure);
                return;
            }
            if (receiver.unavailable() != null) {
                receiver.unavailable().addSuppressed(failure);
                result.completeExceptionally(receiver.unavailable());
                return;
            }
            try {
                follow((CompletionStage<Object>) fallback.answer(receiver.receiver(), invocation.getParameters(),
                        failure), result);
            } catch (Throwable fallbackFailed) {
                result.completeExceptionally(fallbackFailed);
            }
        });
        CompletionStage<Object> source = stage;
        result.whenComplete((value, failure) -> {
            if (result.isCancelled() && source instanceof Future<?> future) {
                future.cancel(false); // the caller gave up: so does the protected call
            }
        });
        return result;
    }

    private static void follow(CompletionStage<Object> answer, CompletableFuture<Object> result) {
        if (answer == null) {
            result.completeExceptionally(
                    new NullPointerException("the fallback method returned null instead of a CompletionStage"));
            return;
        }
        answer.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(Throwables.unwrap(failure));
            }
        });
    }
}
