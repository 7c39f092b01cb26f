package dev.breaker.cdi.fallback;

import dev.breaker.WithFallback;
import java.io.IOException;

/**
 * Not a bean: names a fallback that only its subclasses declare, which is no deployment problem. The
 * fallback's failure parameter is narrower than Throwable, which applyOn makes safe.
 */
public abstract class AbstractFeed {
    @WithFallback(value = "offline", applyOn = IOException.class)
    public String headlines() throws IOException {
        return fetch();
    }

    protected abstract String fetch() throws IOException;
}
