package dev.breaker.cdi;

import dev.breaker.config.RetryValues;
import dev.breaker.deployment.DeclaredCompanions;
import dev.breaker.deployment.FallbackDeclaration;
import dev.breaker.deployment.RetryDeclaration;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Carries {@link DeclaredCompanions} from CDI Lite's build to run time as synthetic bean parameters:
 * one array per field, all the arrays of retries (and of fallbacks) of the same length. Throwable types
 * travel as comma-separated binary names.
 */
final class CompanionParameters {
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

    private CompanionParameters() {
    }

    static void write(DeclaredCompanions declared, SyntheticBeanBuilder<?> bean) {
        List<RetryDeclaration> retries = declared.retries();
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
            retryOn[i] = String.join(",", values.retryOn());
            abortOn[i] = String.join(",", values.abortOn());
        }
        List<FallbackDeclaration> fallbacks = declared.fallbacks();
        String[] fallbackNames = fallbacks.stream().map(FallbackDeclaration::name).toArray(String[]::new);
        String[] fallbackPlaces = fallbacks.stream().map(FallbackDeclaration::place).toArray(String[]::new);
        bean.withParam(RETRY_NAMES, names).withParam(RETRY_PLACES, places)
                .withParam(MAX_ATTEMPTS, maxAttempts).withParam(BASE_DELAY_MILLIS, baseDelayMillis)
                .withParam(MULTIPLIERS, multipliers).withParam(MAX_DELAY_MILLIS, maxDelayMillis)
                .withParam(JITTERS, jitters).withParam(RETRY_ON, retryOn).withParam(ABORT_ON, abortOn)
                .withParam(FALLBACK_NAMES, fallbackNames).withParam(FALLBACK_PLACES, fallbackPlaces);
    }

    static DeclaredCompanions read(Parameters parameters) {
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
                    multipliers[i], maxDelayMillis[i], jitters[i], typeNames(retryOn[i]), typeNames(abortOn[i]))));
        }
        String[] fallbackNames = parameters.get(FALLBACK_NAMES, String[].class);
        String[] fallbackPlaces = parameters.get(FALLBACK_PLACES, String[].class);
        List<FallbackDeclaration> fallbacks = new ArrayList<>(fallbackNames.length);
        for (int i = 0; i < fallbackNames.length; i++) {
            fallbacks.add(new FallbackDeclaration(fallbackNames[i], fallbackPlaces[i]));
        }
        return new DeclaredCompanions(retries, fallbacks);
    }

    private static List<String> typeNames(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
