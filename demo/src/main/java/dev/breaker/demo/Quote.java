package dev.breaker.demo;

/**
 * An exchange rate.
 *
 * @param pair the currency pair, such as {@code EURUSD}
 * @param rate the rate
 */
record Quote(String pair, double rate) {
}
