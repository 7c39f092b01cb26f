package dev.breaker.cdi;

import dev.breaker.config.DeclaredValues;
import dev.breaker.config.RetryValues;
import dev.breaker.deployment.Declaration;
import dev.breaker.deployment.DeclaredBreakers;
import dev.breaker.deployment.Declarations;
import dev.breaker.deployment.FallbackDeclaration;
import dev.breaker.deployment.RetryDeclaration;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Carries {@link Declarations} from CDI Lite's build to run time as synthetic bean parameters: one
 * array per field, all the arrays of breaker declarations (of retries, of fallbacks) of the same
 * length. Throwable types travel as comma-separated binary names.
 */
final class DeclarationParameters {
    private static final String BREAKER_NAMES = "breakerNames";
    private static final String BREAKER_PLACES = "breakerPlaces";
    private static final String FAILURE_THRESHOLDS = "failureThresholds";
    private static final String TIMEOUT_SECONDS = "timeoutSeconds";
    private static final String HALF_OPEN_MAX_CALLS = "halfOpenMaxCalls";
    private static final String FAIL_ON = "failOn";
    private static final String SKIP_ON = "skipOn";
    private static final String RETRY_NAMES = "retryNames";
    private static final String RETRY_PLACES = "retryPlaces";
    private static final String MAX_ATTEMPTS = "maxAttempts";
    private static final String BASE_DELAY_MILLIS = "baseDelayMillis";
    private static final String MULTIPLIERS = "multipliers";
    private static final String MAX_DELAY_MILLIS = "maxDelayMillis";
    private static final String JITTERS = "jitters";
    private static final String RETRY_ON = "retryOn";
    private static final String ABORT_ON = "abortOn";
    private static final String FALLBACK_NAMES = "fallbackNames";
    private static final String FALLBACK_PLACES = "fallbackPlaces";

    private DeclarationParameters() {
    }

    static void write(Declarations declared, SyntheticBeanBuilder<?> bean) {
        writeBreakers(declared.breakers().declarations(), bean);
        writeRetries(declared.retries(), bean);
        List<FallbackDeclaration> fallbacks = declared.fallbacks();
        bean.withParam(FALLBACK_NAMES, fallbacks.stream().map(FallbackDeclaration::name).toArray(String[]::new))
                .withParam(FALLBACK_PLACES, fallbacks.stream().map(FallbackDeclaration::place).toArray(String[]::new));
    }

    static Declarations read(Parameters parameters) {
        String[] fallbackNames = parameters.get(FALLBACK_NAMES, String[].class);
        String[] fallbackPlaces = parameters.get(FALLBACK_PLACES, String[].class);
        List<FallbackDeclaration> fallbacks = new ArrayList<>(fallbackNames.length);
        for (int i = 0; i < fallbackNames.length; i++) {
            fallbacks.add(new FallbackDeclaration(fallbackNames[i], fallbackPlaces[i]));
        }
        return new Declarations(readBreakers(parameters), readRetries(parameters), fallbacks);
    }

    private static void writeBreakers(List<Declaration> all, SyntheticBeanBuilder<?> bean) {
        int n = all.size();
        String[] names = new String[n];
        String[] places = new String[n];
        int[] failureThresholds = new int[n];
        long[] timeoutSeconds = new long[n];
        int[] halfOpenMaxCalls = new int[n];
        String[] failOn = new String[n];
        String[] skipOn = new String[n];
        for (int i = 0; i < n; i++) {
            Declaration declaration = all.get(i);
            DeclaredValues values = declaration.values();
            names[i] = declaration.breakerName();
            places[i] = declaration.place();
            failureThresholds[i] = values.failureThreshold();
            timeoutSeconds[i] = values.timeoutSeconds();
            halfOpenMaxCalls[i] = values.halfOpenMaxCalls();
            failOn[i] = joined(values.failOn());
            skipOn[i] = joined(values.skipOn());
        }
        bean.withParam(BREAKER_NAMES, names).withParam(BREAKER_PLACES, places)
                .withParam(FAILURE_THRESHOLDS, failureThresholds).withParam(TIMEOUT_SECONDS, timeoutSeconds)
                .withParam(HALF_OPEN_MAX_CALLS, halfOpenMaxCalls)
                .withParam(FAIL_ON, failOn).withParam(SKIP_ON, skipOn);
    }

    private static DeclaredBreakers readBreakers(Parameters parameters) {
        String[] names = parameters.get(BREAKER_NAMES, String[].class);
        String[] places = parameters.get(BREAKER_PLACES, String[].class);
        int[] failureThresholds = parameters.get(FAILURE_THRESHOLDS, int[].class);
        long[] timeoutSeconds = parameters.get(TIMEOUT_SECONDS, long[].class);
        int[] halfOpenMaxCalls = parameters.get(HALF_OPEN_MAX_CALLS, int[].class);
        String[] failOn = parameters.get(FAIL_ON, String[].class);
        String[] skipOn = parameters.get(SKIP_ON, String[].class);
        List<Declaration> declarations = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            declarations.add(new Declaration(names[i], new DeclaredValues(failureThresholds[i], timeoutSeconds[i],
                    halfOpenMaxCalls[i], split(failOn[i]), split(skipOn[i])), places[i]));
        }
        return DeclaredBreakers.of(declarations);
    }

    private static void writeRetries(List<RetryDeclaration> retries, SyntheticBeanBuilder<?> bean) {
        int n = retries.size();
        String[] names = new String[n];
        String[] places = new String[n];
        int[] maxAttempts = new int[n];
        long[] baseDelayMillis = new long[n];
        double[] multipliers = new double[n];
        long[] maxDelayMillis = new long[n];
        double[] jitters = new double[n];
        String[] retryOn = new String[n];
        String[] abortOn = new String[n];
        for (int i = 0; i < n; i++) {
            RetryDeclaration retry = retries.get(i);
            RetryValues values = retry.values();
            names[i] = retry.name();
            places[i] = retry.place();
            maxAttempts[i] = values.maxAttempts();
            baseDelayMillis[i] = values.baseDelayMillis();
            multipliers[i] = values.multiplier();
            maxDelayMillis[i] = values.maxDelayMillis();
            jitters[i] = values.jitter();
            retryOn[i] = joined(values.retryOn());
            abortOn[i] = joined(values.abortOn());
        }
        bean.withParam(RETRY_NAMES, names).withParam(RETRY_PLACES, places)
                .withParam(MAX_ATTEMPTS, maxAttempts).withParam(BASE_DELAY_MILLIS, baseDelayMillis)
                .withParam(MULTIPLIERS, multipliers).withParam(MAX_DELAY_MILLIS, maxDelayMillis)
                .withParam(JITTERS, jitters).withParam(RETRY_ON, retryOn).withParam(ABORT_ON, abortOn);
    }

    private static List<RetryDeclaration> readRetries(Parameters parameters) {
        String[] names = parameters.get(RETRY_NAMES, String[].class);
        String[] places = parameters.get(RETRY_PLACES, String[].class);
        int[] maxAttempts = parameters.get(MAX_ATTEMPTS, int[].class);
        long[] baseDelayMillis = parameters.get(BASE_DELAY_MILLIS, long[].class);
        double[] multipliers = parameters.get(MULTIPLIERS, double[].class);
        long[] maxDelayMillis = parameters.get(MAX_DELAY_MILLIS, long[].class);
        double[] jitters = parameters.get(JITTERS, double[].class);
        String[] retryOn = parameters.get(RETRY_ON, String[].class);
        String[] abortOn = parameters.get(ABORT_ON, String[].class);
        List<RetryDeclaration> retries = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            retries.add(new RetryDeclaration(names[i], places[i], new RetryValues(maxAttempts[i], baseDelayMillis[i],
                    multipliers[i], maxDelayMillis[i], jitters[i], split(retryOn[i]), split(abortOn[i]))));
        }
        return retries;
    }

    private static String joined(List<String> typeNames) {
        return String.join(",", typeNames);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
