package dev.breaker.it.harness;

import java.time.Duration;

/**
 * Tells a slow start from a failed deployment: an application server answers its readiness URL
 * whether or not the application deployed, so once it answers, the application gets a grace period
 * to serve, and after that the test fails at once rather than waiting out the whole start timeout.
 */
final class ServerUp {
    private static final Duration GRACE = Duration.ofSeconds(Long.getLong("it.deploymentGraceSeconds", 90));

    private final RuntimeUnderTest runtime;
    private long answeredSince = Long.MIN_VALUE;

    ServerUp(RuntimeUnderTest runtime) {
        this.runtime = runtime;
    }

    /**
     * @param applicationServes whether the application served this time
     * @throws AssertionError when the server has answered for longer than the grace period and the
     *     application still does not serve
     */
    void failIfStillNotServing(boolean applicationServes) {
        if (applicationServes) {
            return;
        }
        if (answeredSince == Long.MIN_VALUE) {
            if (HttpAnswer.get(runtime.readiness()).answered()) {
                answeredSince = System.nanoTime();
            }
            return;
        }
        if (System.nanoTime() - answeredSince > GRACE.toNanos()) {
            throw new AssertionError(runtime.name() + " has answered " + runtime.readiness() + " for " + GRACE.toSeconds()
                    + " s, but the application does not serve: its deployment failed (see the log)");
        }
    }
}
