package dev.breaker.cdi.configuration;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

/** Breakers in ratio mode, or given ratio-mode members, for the configuration tests. */
@ApplicationScoped
public class WindowedClient {
    /** Every ratio-mode member given; configuration overrides each one. */
    @Breaker(name = "overridden", failureRatio = 0.25, windowSize = 40, windowSeconds = 30, minimumCalls = 7,
            slowCallMillis = 1500)
    public String overridden() {
        return "overridden";
    }

    /** Every ratio-mode member given; configuration gives only the defaults of every breaker. */
    @Breaker(name = "declared", failureRatio = 0.75, windowSize = 60, windowSeconds = 45, minimumCalls = 9,
            slowCallMillis = 2500)
    public String declared() {
        return "declared";
    }

    /** No member given. */
    @Breaker(name = "unset")
    public String unset() {
        return "unset";
    }

    /** Ratio mode with its built-in defaults: a count window of 20, minimum 20. */
    @Breaker(name = "ratio-only", failureRatio = 0.5)
    public String ratioOnly() {
        return "ratio-only";
    }

    /** The smallest values each member allows. */
    @Breaker(name = "smallest", failureRatio = Double.MIN_VALUE, windowSize = 1, windowSeconds = 1, minimumCalls = 1,
            slowCallMillis = 1)
    public String smallest() {
        return "smallest";
    }

    /** The largest values each member allows. */
    @Breaker(name = "largest", failureRatio = 1.0, windowSize = 100_000, windowSeconds = 3600,
            minimumCalls = Integer.MAX_VALUE, slowCallMillis = Long.MAX_VALUE)
    public String largest() {
        return "largest";
    }
}
