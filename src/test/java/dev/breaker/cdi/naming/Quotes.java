package dev.breaker.cdi.naming;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class Quotes {
    @Breaker
    public String price(String symbol) {
        return symbol;
    }

    @Breaker
    public String price(String symbol, int precision) {
        return symbol + precision;
    }

    @Breaker(name = "volumes")
    public long volume() {
        return 7;
    }

    /** Nested, so its default names carry a {@code $}. */
    @ApplicationScoped
    public static class Nested {
        @Breaker
        public String depth() {
            return "deep";
        }
    }
}
