package dev.breaker.it.app;

/** The simulated exchange's failure: what the breaker counts. */
public class ExchangeUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public ExchangeUnavailableException(String message) {
        super(message);
    }
}
