package dev.breaker.it.harness;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test application's endpoints, as seen from outside (see {@code ExchangeResource} in the app
 * module): a guarded call, and the switch and counter of the simulated exchange behind it.
 *
 * @param base the application's base URL, ending in {@code /api/}
 */
public record ExchangeApp(URI base) {
    private static final Pattern CALLS = Pattern.compile("calls=(\\d+)");

    /** @return the HTTP answer to {@code GET exchange/rate/EURUSD}: 200, 502 (failed) or 503 (rejected) */
    public HttpAnswer rate() {
        return HttpAnswer.get(base.resolve("exchange/rate/EURUSD"));
    }

    /**
     * @param failing whether the simulated exchange fails from now on
     * @return the answer
     */
    public HttpAnswer setDependencyFailing(boolean failing) {
        return HttpAnswer.post(base.resolve("exchange/dependency?fail=" + failing));
    }

    /** @return the answer to {@code GET exchange/dependency} */
    public HttpAnswer dependency() {
        return HttpAnswer.get(base.resolve("exchange/dependency"));
    }

    /** @return how many calls reached the simulated exchange so far */
    public long dependencyCalls() {
        HttpAnswer answer = dependency();
        Matcher calls = CALLS.matcher(answer.body());
        if (answer.status() != 200 || !calls.find()) {
            throw new AssertionError("GET exchange/dependency answered " + answer);
        }
        return Long.parseLong(calls.group(1));
    }
}
