package dev.breaker.cdi;

import dev.breaker.config.DeclaredValues;
import dev.breaker.deployment.Declaration;
import dev.breaker.deployment.DeclaredBreakers;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Carries {@link DeclaredBreakers} from CDI Lite's build to run time as synthetic bean parameters:
 * one array per field of {@link Declaration}, all of the same length. Throwable types travel as
 * comma-separated binary names.
 */
final class DeclarationParameters {
    private static final String NAMES = "names";
    private static final String PLACES = "places";
    private static final String FAILURE_THRESHOLDS = "failureThresholds";
    private static final String TIMEOUT_SECONDS = "timeoutSeconds";
    private static final String HALF_OPEN_MAX_CALLS = "halfOpenMaxCalls";
    private static final String FAIL_ON = "failOn";
    private static final String SKIP_ON = "skipOn";

    private DeclarationParameters() {
    }

    static void write(DeclaredBreakers declared, SyntheticBeanBuilder<?> bean) {
        List<Declaration> all = declared.declarations();
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
            failOn[i] = String.join(",", values.failOn());
            skipOn[i] = String.join(",", values.skipOn());
        }
        bean.withParam(NAMES, names).withParam(PLACES, places)
                .withParam(FAILURE_THRESHOLDS, failureThresholds).withParam(TIMEOUT_SECONDS, timeoutSeconds)
                .withParam(HALF_OPEN_MAX_CALLS, halfOpenMaxCalls)
                .withParam(FAIL_ON, failOn).withParam(SKIP_ON, skipOn);
    }

    static DeclaredBreakers read(Parameters parameters) {
        String[] names = parameters.get(NAMES, String[].class);
        String[] places = parameters.get(PLACES, String[].class);
        int[] failureThresholds = parameters.get(FAILURE_THRESHOLDS, int[].class);
        long[] timeoutSeconds = parameters.get(TIMEOUT_SECONDS, long[].class);
        int[] halfOpenMaxCalls = parameters.get(HALF_OPEN_MAX_CALLS, int[].class);
        String[] failOn = parameters.get(FAIL_ON, String[].class);
        String[] skipOn = parameters.get(SKIP_ON, String[].class);
        List<Declaration> declarations = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            declarations.add(new Declaration(names[i], new DeclaredValues(failureThresholds[i], timeoutSeconds[i],
                    halfOpenMaxCalls[i], typeNames(failOn[i]), typeNames(skipOn[i])), places[i]));
        }
        return DeclaredBreakers.of(declarations);
    }

    private static List<String> typeNames(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
