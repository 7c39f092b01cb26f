package dev.breaker.it.harness;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test application's own backend resource ({@code /api/backend}), which its REST clients call and
 * the scenarios switch to failing.
 */
final class RatesBackend {
    private static final Pattern CALLS = Pattern.compile("calls=(\\d+)");

    private RatesBackend() {
    }

    /**
     * @param api the application's {@code /api}
     * @return how many calls have reached the backend since the application started
     */
    static long calls(URI api) {
        HttpAnswer answer = HttpAnswer.get(api.resolve("backend/calls"));
        Matcher calls = CALLS.matcher(answer.body());
        if (answer.status() != 200 || !calls.find()) {
            throw new AssertionError("GET backend/calls answered " + answer);
        }
        return Long.parseLong(calls.group(1));
    }
}
