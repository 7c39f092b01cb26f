package dev.breaker.cdi.jaxrs;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JAX-RS {@link FeatureContext} that only records what a feature registers, as a runtime would. */
final class RegisteredTypes {
    final Map<Class<?>, Integer> registered = new LinkedHashMap<>();

    FeatureContext context() {
        Configuration configuration = (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Configuration.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "isRegistered" -> registered.containsKey((Class<?>) arguments[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (FeatureContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {FeatureContext.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "getConfiguration":
                            return configuration;
                        case "register":
                            if (arguments.length == 2 && arguments[0] instanceof Class<?> type
                                    && arguments[1] instanceof Integer priority) {
                                registered.put(type, priority);
                                return proxy;
                            }
                            throw new UnsupportedOperationException("register" + java.util.Arrays.toString(arguments));
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == arguments[0];
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
