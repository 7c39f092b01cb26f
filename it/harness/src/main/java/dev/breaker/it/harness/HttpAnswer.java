package dev.breaker.it.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP answer, or the absence of one: {@link #status()} is {@value #NO_ANSWER} when nothing
 * listened or the connection failed, so callers can poll a server that is still starting.
 *
 * @param status the HTTP status, or {@value #NO_ANSWER}
 * @param body the body, or the failure's description when there was no answer
 * @param headers the response's headers, names in lower case; empty when there was no answer
 */
public record HttpAnswer(int status, String body, Map<String, List<String>> headers) {
    /** The status of a request that got no HTTP answer. */
    public static final int NO_ANSWER = -1;

    /**
     * An answer without headers.
     *
     * @param status the HTTP status, or {@value #NO_ANSWER}
     * @param body the body, or the failure's description when there was no answer
     */
    public HttpAnswer(int status, String body) {
        this(status, body, Map.of());
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * @param uri where to send a GET
     * @return the answer
     */
    public static HttpAnswer get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /**
     * @param uri where to send a GET
     * @param accept the {@code Accept} header
     * @return the answer
     */
    public static HttpAnswer get(URI uri, String accept) {
        return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET());
    }

    /**
     * @param uri where to send a POST with an empty body
     * @return the answer
     */
    public static HttpAnswer post(URI uri) {
        return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpAnswer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            return new HttpAnswer(response.statusCode(), response.body(), Map.copyOf(headers));
        } catch (IOException e) {
            return new HttpAnswer(NO_ANSWER, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HttpAnswer(NO_ANSWER, e.toString());
        }
    }

    /**
     * @param name a header's name, in any case
     * @return its first value; empty when the answer has no such header
     */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return whether an HTTP answer came at all */
    public boolean answered() {
        return status != NO_ANSWER;
    }

    /**
     * @return the body read as a report of one {@code key=value} per line (the test applications'
     *     probes answer so), in the order of its lines; lines without {@code =} are left out
     */
    public Map<String, String> report() {
        Map<String, String> report = new LinkedHashMap<>();
        body.lines().forEach(line -> {
            int equals = line.indexOf('=');
            if (equals > 0) {
                report.put(line.substring(0, equals), line.substring(equals + 1));
            }
        });
        return report;
    }
}
