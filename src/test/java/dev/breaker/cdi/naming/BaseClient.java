package dev.breaker.cdi.naming;

import dev.breaker.Breaker;

/** Not a bean: its methods reach beans by inheritance. */
public abstract class BaseClient {
    @Breaker
    public String fetch() {
        return "fetched";
    }
}
