package dev.breaker.cdi;

import dev.breaker.config.BreakerKeys;
import dev.breaker.config.MemberValues;
import dev.breaker.config.RetryKeys;
import dev.breaker.deployment.BreakerDeclaration;
import dev.breaker.deployment.DeploymentModel;
import dev.breaker.deployment.FallbackDeclaration;
import dev.breaker.deployment.RetryDeclaration;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanBuilder;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries the {@link DeploymentModel} from CDI Lite's build to run time as synthetic bean parameters
 * (Quarkus does not run the build compatible extension again when the application starts). Each
 * declaration is one entry in each of a few string arrays of the same length; its members travel as
 * {@code member=value} strings ({@link MemberValues#encode()}), one array per declaration.
 */
final class LiteModelParameters {
    private static final String BREAKER_NAMES = "breakerNames";
    private static final String BREAKER_PLACES = "breakerPlaces";
    private static final String BREAKER_MEMBERS = "breakerMembers.";
    private static final String RETRY_NAMES = "retryNames";
    private static final String RETRY_PLACES = "retryPlaces";
    private static final String RETRY_MEMBERS = "retryMembers.";
    private static final String FALLBACK_NAMES = "fallbackNames";
    private static final String FALLBACK_PLACES = "fallbackPlaces";
    private static final String REST_CLIENTS = "restClients";
    private static final String REST_CLIENT_BEANS = "restClientBeans";

    private LiteModelParameters() {
    }

    static void write(DeploymentModel model, SyntheticBeanBuilder<?> bean) {
        List<BreakerDeclaration> breakers = model.breakers();
        bean.withParam(BREAKER_NAMES, breakers.stream().map(BreakerDeclaration::breakerName).toArray(String[]::new))
                .withParam(BREAKER_PLACES, breakers.stream().map(BreakerDeclaration::place).toArray(String[]::new));
        for (int i = 0; i < breakers.size(); i++) {
            bean.withParam(BREAKER_MEMBERS + i, breakers.get(i).members().encode());
        }
        List<RetryDeclaration> retries = model.retries();
        bean.withParam(RETRY_NAMES, retries.stream().map(RetryDeclaration::name).toArray(String[]::new))
                .withParam(RETRY_PLACES, retries.stream().map(RetryDeclaration::place).toArray(String[]::new));
        for (int i = 0; i < retries.size(); i++) {
            bean.withParam(RETRY_MEMBERS + i, retries.get(i).members().encode());
        }
        List<FallbackDeclaration> fallbacks = model.fallbacks();
        bean.withParam(FALLBACK_NAMES, fallbacks.stream().map(FallbackDeclaration::name).toArray(String[]::new))
                .withParam(FALLBACK_PLACES, fallbacks.stream().map(FallbackDeclaration::place).toArray(String[]::new));
        bean.withParam(REST_CLIENTS, model.restClients().toArray(String[]::new))
                .withParam(REST_CLIENT_BEANS, model.restClientBeans().toArray(String[]::new));
    }

    static DeploymentModel read(Parameters parameters) {
        String[] breakerNames = parameters.get(BREAKER_NAMES, String[].class);
        String[] breakerPlaces = parameters.get(BREAKER_PLACES, String[].class);
        List<BreakerDeclaration> breakers = new ArrayList<>(breakerNames.length);
        for (int i = 0; i < breakerNames.length; i++) {
            breakers.add(new BreakerDeclaration(breakerNames[i],
                    MemberValues.decode(parameters.get(BREAKER_MEMBERS + i, String[].class), BreakerKeys.FAMILY),
                    breakerPlaces[i]));
        }
        String[] retryNames = parameters.get(RETRY_NAMES, String[].class);
        String[] retryPlaces = parameters.get(RETRY_PLACES, String[].class);
        List<RetryDeclaration> retries = new ArrayList<>(retryNames.length);
        for (int i = 0; i < retryNames.length; i++) {
            retries.add(new RetryDeclaration(retryNames[i],
                    MemberValues.decode(parameters.get(RETRY_MEMBERS + i, String[].class), RetryKeys.FAMILY),
                    retryPlaces[i]));
        }
        String[] fallbackNames = parameters.get(FALLBACK_NAMES, String[].class);
        String[] fallbackPlaces = parameters.get(FALLBACK_PLACES, String[].class);
        List<FallbackDeclaration> fallbacks = new ArrayList<>(fallbackNames.length);
        for (int i = 0; i < fallbackNames.length; i++) {
            fallbacks.add(new FallbackDeclaration(fallbackNames[i], fallbackPlaces[i]));
        }
        return new DeploymentModel(breakers, retries, fallbacks, List.of(parameters.get(REST_CLIENTS, String[].class)),
                List.of(parameters.get(REST_CLIENT_BEANS, String[].class)));
    }

    /** Creates, at run time, the {@link DeploymentModel} that CDI Lite found at build time. */
    public static final class Creator implements SyntheticBeanCreator<DeploymentModel> {
        @Override
        public DeploymentModel create(Instance<Object> lookup, Parameters params) {
            return LiteModelParameters.read(params);
        }
    }
}
