package dev.breaker.cdi;

import dev.breaker.deployment.RestClientScanner;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What a REST call's fallback, a default method of its interface, runs on: the intercepted instance
 * when it is a client of the interface (Quarkus, RESTEasy in Open Liberty and WildFly), else a client
 * of the interface looked up once through CDI ({@code @RestClient}), because Jersey (Payara) hands an
 * internal object as the target. The lookup goes through the {@link BeanManager} rather than an
 * injected {@code Instance<Object>}, which would keep Quarkus from removing any unused bean; Quarkus
 * never needs it.
 */
final class RestClientReceivers {
    private final BeanManager beans;
    private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();

    /** @param beans where clients are looked up */
    RestClientReceivers(BeanManager beans) {
        this.beans = beans;
    }

    /**
     * @param restClient a REST client interface
     * @return the receiver of its fallbacks for an intercepted target
     */
    UnaryOperator<Object> of(Class<?> restClient) {
        return target -> restClient.isInstance(target) ? target : clients.computeIfAbsent(restClient, this::lookUp);
    }

    private Object lookUp(Class<?> restClient) {
        try {
            Class<?> qualifier = Class.forName(RestClientScanner.REST_CLIENT, false, restClient.getClassLoader());
            Annotation literal = (Annotation) qualifier.getField("LITERAL").get(null);
            return beans.createInstance().select(restClient, literal).get();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError failed) {
            throw new IllegalStateException("The fallback of a call on the REST client " + restClient.getName()
                    + " needs a client of it to run on, and none can be looked up (@RestClient " + restClient.getName()
                    + "): " + failed, failed);
        }
    }
}
