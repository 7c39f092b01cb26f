package dev.breaker.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;

/** Calls made through a breaker by tests, each asserting that the breaker let it run. */
public final class Calls {
    /** Thrown by {@link #fail}: a plain failure. */
    public static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Boom() {
            super("boom");
        }
    }

    private Calls() {
    }

    /** Runs a call that returns normally. */
    public static void succeed(CircuitBreaker breaker) throws Exception {
        breaker.call(() -> "ok");
    }

    /** Runs a call that throws {@link Boom}, and checks that the caller gets it. */
    public static void fail(CircuitBreaker breaker) {
        assertThatThrownBy(() -> breaker.call(() -> {
            throw new Boom();
        })).isInstanceOf(Boom.class);
    }

    /** Runs {@code times} failing calls. */
    public static void fail(CircuitBreaker breaker, int times) {
        for (int i = 0; i < times; i++) {
            fail(breaker);
        }
    }

    /**
     * Runs one call per letter: {@code S} returns normally, {@code F} throws {@link Boom}.
     *
     * @param pattern such as {@code "SSFS"}
     */
    public static void outcomes(CircuitBreaker breaker, String pattern) throws Exception {
        for (char outcome : pattern.toCharArray()) {
            switch (outcome) {
                case 'S' -> succeed(breaker);
                case 'F' -> fail(breaker);
                default -> throw new IllegalArgumentException("S or F, not " + outcome);
            }
        }
    }

    /** Runs a call that throws {@code thrown}, and checks that the caller gets it. */
    public static void throwing(CircuitBreaker breaker, RuntimeException thrown) {
        assertThatThrownBy(() -> breaker.call(() -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    /** Checks that the breaker rejects a call without running it. */
    public static BreakerOpenException rejected(CircuitBreaker breaker) {
        boolean[] ran = {false};
        try {
            breaker.run(() -> ran[0] = true);
        } catch (BreakerOpenException rejection) {
            if (ran[0]) {
                throw new AssertionError("the rejected operation ran");
            }
            return rejection;
        }
        throw new AssertionError("the call was admitted; breaker is " + breaker.state());
    }
}
