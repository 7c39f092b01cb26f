package dev.breaker.cdi.restclient;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InterceptionFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Stands in for RESTEasy's MicroProfile Rest Client (Open Liberty, WildFly) in Weld SE, which has no
 * REST client implementation: a synthetic {@code @RestClient} bean of the interface whose instance is
 * a JDK proxy (each REST call goes to {@link RatesServer}; a default method runs its own body), wrapped
 * by the container's {@link InterceptionFactory}, as RESTEasy wraps its proxy. So the interceptors see
 * what they see there: {@code getMethod()} is the interface's method, {@code getTarget()} the JDK
 * proxy, an instance of the interface; default methods are intercepted too.
 */
public class ResteasyLikeClients implements Extension {
    void addClient(@Observes AfterBeanDiscovery event, BeanManager beans) {
        event.<RatesApi>addBean()
                .beanClass(RatesApi.class)
                .types(RatesApi.class)
                .qualifiers(RestClient.LITERAL, Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .createWith(context -> {
                    RatesServer server = beans.createInstance().select(RatesServer.class).get();
                    InterceptionFactory<RatesApi> factory = beans.createInterceptionFactory(context, RatesApi.class);
                    return factory.createInterceptedInstance(proxy(server));
                });
    }

    private static RatesApi proxy(RatesServer server) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, arguments);
            }
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "RESTEasy-like client"
                        : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == arguments[0];
            }
            if (method.getReturnType() == CompletionStage.class) {
                return server.answerLater(method.getName(), arguments);
            }
            try {
                return server.answer(method.getName(), arguments);
            } catch (InvocationTargetException unexpected) {
                throw unexpected.getCause();
            }
        };
        return (RatesApi) Proxy.newProxyInstance(RatesApi.class.getClassLoader(), new Class<?>[] {RatesApi.class},
                handler);
    }
}
