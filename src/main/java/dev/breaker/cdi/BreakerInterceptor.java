package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.BreakerOpenException;
import dev.breaker.core.AsyncCall;
import dev.breaker.core.EngineAccess;
import dev.breaker.core.StateMachine;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a {@code @Breaker} method through its breaker. Its priority, {@link InterceptorOrder#BREAKER},
 * puts it inside MicroProfile Fault Tolerance and between the library's fallback and retry.
 *
 * <p><b>The call path.</b> A container creates one instance of this interceptor for each instance of
 * an intercepted bean, and hands every call the same {@link Method} object for one method. So each
 * instance keeps the breakers of the methods it has seen in a small array and finds a call's breaker
 * by comparing references: no map lookup, no lock, no allocation. Only the first call of each method
 * on each bean instance resolves the breaker (and appends to the array).
 *
 * <p>A method returning {@code CompletionStage} or {@code CompletableFuture} succeeds or fails when
 * its stage completes; a rejection is returned as a failed stage, never thrown.
 */
@Breaker
@Interceptor
@Priority(InterceptorOrder.BREAKER)
public class BreakerInterceptor {
    private static final MethodBreaker[] NONE_SEEN = new MethodBreaker[0];

    private final ApplicationRegistry registry;
    /** Replaced, never changed in place: readers see a complete array without locking. */
    private volatile MethodBreaker[] seen = NONE_SEEN;

    /** @param registry the application's breakers */
    @Inject
    public BreakerInterceptor(ApplicationRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param invocation the intercepted call
     * @return what the method returned
     * @throws Exception what the method threw, or {@link BreakerOpenException} when the breaker rejects
     *     a method that does not return a stage
     */
    @AroundInvoke
    public Object protect(InvocationContext invocation) throws Exception {
        MethodBreaker target = find(invocation);
        StateMachine machine = target.machine;
        if (target.async) {
            return protectAsync(machine, invocation);
        }
        Object permit = machine.acquire();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable thrown) {
            machine.onThrowable(permit, thrown);
            throw thrown;
        }
        machine.onSuccess(permit);
        return result;
    }

    private static Object protectAsync(StateMachine machine, InvocationContext invocation) {
        Object permit;
        try {
            permit = machine.acquire();
        } catch (BreakerOpenException rejected) {
            return CompletableFuture.failedFuture(rejected);
        }
        return AsyncCall.start(machine, permit, new ProceedingStage(invocation));
    }

    private MethodBreaker find(InvocationContext invocation) {
        Method method = invocation.getMethod();
        MethodBreaker[] known = seen;
        for (MethodBreaker candidate : known) {
            if (candidate.method == method) {
                return candidate;
            }
        }
        return learn(invocation, method, known);
    }

    private MethodBreaker learn(InvocationContext invocation, Method method, MethodBreaker[] known) {
        for (MethodBreaker candidate : known) {
            // A container that copies Method objects still finds the breaker, without growing the array.
            if (candidate.method.equals(method)) {
                return candidate;
            }
        }
        return remember(method, invocation.getTarget().getClass());
    }

    private synchronized MethodBreaker remember(Method method, Class<?> targetClass) {
        for (MethodBreaker candidate : seen) {
            if (candidate.method.equals(method)) {
                return candidate;
            }
        }
        MethodBreaker learned = new MethodBreaker(method, EngineAccess.machineOf(registry.breakerFor(method, targetClass)));
        MethodBreaker[] grown = Arrays.copyOf(seen, seen.length + 1);
        grown[seen.length] = learned;
        seen = grown;
        return learned;
    }
}
