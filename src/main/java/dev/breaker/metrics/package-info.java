/**
 * Metrics export: every breaker, retry and fallback as meters of Micrometer, MicroProfile Metrics or
 * OpenTelemetry, whichever the application has ({@code breaker.metrics}). Only the {@code *Binding}
 * classes name a type of those APIs, and each is loaded only once its API has been found on the class
 * path; the meters read the counters the breakers keep anyway, so nothing is done per call.
 *
 * <p><b>Internal:</b> not part of Breaker's API. Nothing here is meant to be called, subclassed or
 * injected by applications, and any of it may change in any release without notice. The names and tags
 * of the meters ({@link dev.breaker.metrics.ExportedMeter}) are the contract; they are documented in the
 * README.
 */
package dev.breaker.metrics;
