package dev.breaker.cdi.fallback;

/** A superclass whose method serves as a fallback of the subclass bean. */
public abstract class PriceDefaults {
    protected String inherited(String symbol) {
        return symbol + "=0 (default)";
    }
}
