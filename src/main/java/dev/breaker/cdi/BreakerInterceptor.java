package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.BreakerOpenException;
import dev.breaker.core.AsyncCall;
import dev.breaker.core.Permit;
import dev.breaker.core.StateMachine;
import dev.breaker.mutiny.MutinyCalls;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a {@code @Breaker} method through its breaker. Its priority, {@link InterceptorOrder#BREAKER},
 * puts it inside MicroProfile Fault Tolerance and between the library's fallback and retry.
 *
 * <p><b>The call path.</b> The breaker of each method is resolved once for the whole application, at
 * the first call of that method on any instance of its bean class, and found again at each call
 * without a lock or an allocation ({@link InterceptedMethods}), whether the container makes one
 * interceptor instance for the whole application or one per request.
 *
 * <p>A method returning {@code CompletionStage} or {@code CompletableFuture} succeeds or fails when
 * its stage completes; a rejection is returned as a failed stage, never thrown. A method returning a
 * Mutiny {@code Uni} is called at once, and each subscription of the {@code Uni} it returns is one call
 * through the breaker ({@link MutinyCalls}): a rejection is a {@code Uni} that fails, never a throw.
 */
@Breaker
@Interceptor
@Priority(InterceptorOrder.BREAKER)
public class BreakerInterceptor {
    private final InterceptedMethods<MethodBreaker> breakers;

    /** @param registry the application's breakers */
    @Inject
    public BreakerInterceptor(ApplicationRegistry registry) {
        this.breakers = registry.interceptedMethods();
    }

    /**
     * @param invocation the intercepted call
     * @return what the method returned
     * @throws Exception what the method threw, or {@link BreakerOpenException} when the breaker rejects
     *     a method that does not return a stage
     */
    @AroundInvoke
    public Object protect(InvocationContext invocation) throws Exception {
        MethodBreaker target = breakers.of(invocation);
        StateMachine machine = target.machine;
        if (machine == null) {
            return invocation.proceed();
        }
        if (target.async) {
            return protectAsync(machine, invocation);
        }
        if (target.uni) {
            return protectUni(machine, invocation);
        }
        Permit permit = machine.acquire();
        long started = machine.startTime();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable thrown) {
            machine.onThrowable(permit, target.failureOf(thrown));
            throw thrown;
        }
        machine.onSuccess(permit, started);
        return result;
    }

    /**
     * The method runs now, as any call of it does; the {@code Uni} it returns (or the failure it threw
     * instead) is wrapped so that each subscription is one call through the breaker.
     */
    private static Object protectUni(StateMachine machine, InvocationContext invocation) {
        Proceeded ran = Proceeded.run(invocation);
        return MutinyCalls.guard(machine, ran.returned(), ran.thrown());
    }

    private static Object protectAsync(StateMachine machine, InvocationContext invocation) {
        Permit permit;
        try {
            permit = machine.acquire();
        } catch (BreakerOpenException rejected) {
            return CompletableFuture.failedFuture(rejected);
        }
        return AsyncCall.start(machine, permit, new ProceedingStage(invocation));
    }
}
