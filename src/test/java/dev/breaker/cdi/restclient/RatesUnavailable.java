package dev.breaker.cdi.restclient;

/** A checked failure of a REST call. */
public class RatesUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public RatesUnavailable(String message) {
        super(message);
    }
}
