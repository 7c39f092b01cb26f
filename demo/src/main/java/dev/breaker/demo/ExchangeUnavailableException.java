package dev.breaker.demo;

/** The simulated exchange API's failure, as a remote call's error would reach the caller. */
class ExchangeUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExchangeUnavailableException(String message) {
        super(message);
    }
}
