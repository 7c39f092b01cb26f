package dev.breaker.cdi.restclient;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the REST calls of {@link RatesApi} reach in these tests, in place of a remote server: each
 * call answers {@code <method>:<symbol>}, or fails as the test said, and is counted.
 */
@ApplicationScoped
public class RatesServer {
    private final Map<String, Exception> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /**
     * @param method a REST call's method name
     * @param failure what its calls throw from now on
     */
    public void fail(String method, Exception failure) {
        failures.put(method, failure);
        failuresLeft.remove(method);
    }

    /**
     * @param method a REST call's method name
     * @param times how many of its next calls fail
     * @param failure what they throw
     */
    public void failTimes(String method, int times, Exception failure) {
        failures.put(method, failure);
        failuresLeft.put(method, new AtomicInteger(times));
    }

    /**
     * @param method a REST call's method name
     * @return how many calls of it reached the server
     */
    public int calls(String method) {
        return calls.computeIfAbsent(method, name -> new AtomicInteger()).get();
    }

    /**
     * The answer of a call that returns a stage, as a REST client implementation makes it: the
     * failure, if any, fails the stage.
     *
     * @param method the REST call's method name
     * @param arguments its arguments
     * @return a stage of its answer
     */
    public CompletionStage<Object> answerLater(String method, Object[] arguments) {
        try {
            return CompletableFuture.completedFuture(answer(method, arguments));
        } catch (Exception failed) {
            return CompletableFuture.failedFuture(failed);
        }
    }

    /**
     * @param method the REST call's method name
     * @param arguments its arguments
     * @return its answer
     * @throws Exception the failure set for it
     */
    public Object answer(String method, Object[] arguments) throws Exception {
        calls.computeIfAbsent(method, name -> new AtomicInteger()).incrementAndGet();
        Exception failure = failures.get(method);
        AtomicInteger left = failuresLeft.get(method);
        if (failure != null && (left == null || left.getAndDecrement() > 0)) {
            throw failure;
        }
        return method + ":" + arguments[0];
    }
}
