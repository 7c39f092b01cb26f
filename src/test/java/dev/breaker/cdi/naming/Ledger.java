package dev.breaker.cdi.naming;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

/** A type-level breaker covers each business method with a breaker of its own name. */
@ApplicationScoped
@Breaker(failureThreshold = 2)
public class Ledger {
    public void debit() {
        throw new IllegalStateException("debit refused");
    }

    public void credit() {
    }

    /** Its own {@code @Breaker} wins as a whole: the type's failureThreshold does not reach it. */
    @Breaker(halfOpenMaxCalls = 1)
    public void audit() {
    }

    private void notABusinessMethod() {
    }

    static void neitherIsThis() {
    }

    void callPrivate() {
        notABusinessMethod();
    }
}
