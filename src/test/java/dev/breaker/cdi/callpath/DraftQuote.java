package dev.breaker.cdi.callpath;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import jakarta.enterprise.context.Dependent;

/**
 * A bean made anew for each use, as a {@code @Dependent} or {@code @RequestScoped} bean is: one method
 * through each of the library's interceptors, and one through the no-op interceptor.
 */
@Dependent
public class DraftQuote {
    @Breaker(name = "draft-quote")
    public int guarded(int x) {
        return x + 1;
    }

    @RetryWithBackoff
    public int retried(int x) {
        return x + 2;
    }

    @WithFallback("cached")
    public int answered(int x) {
        return x + 3;
    }

    int cached(int x) {
        return -x;
    }

    @Floor
    public int floor(int x) {
        return x + 4;
    }
}
