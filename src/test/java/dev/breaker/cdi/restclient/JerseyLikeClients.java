package dev.breaker.cdi.restclient;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InterceptionType;
import jakarta.enterprise.inject.spi.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Stands in for Jersey's MicroProfile Rest Client (Payara) in Weld SE, which has no REST client
 * implementation. Jersey does not let the container intercept its proxy: it resolves the interceptors
 * bound on the interface and its methods itself ({@link BeanManager#resolveInterceptors}) and runs them
 * with an {@link InvocationContext} of its own, whose target is an internal object that is not a
 * client of the interface; it wraps a checked exception in {@code new RuntimeException(e)} each time an
 * interceptor throws one; and it does not intercept default methods. This does the same, so the
 * library's Payara path (the fallback's receiver looked up through CDI, Jersey's wrapper removed before
 * a failure is judged) runs in Weld SE too.
 */
public class JerseyLikeClients implements Extension {
    void addClient(@Observes AfterBeanDiscovery event, BeanManager beans) {
        event.<RatesApi>addBean()
                .beanClass(RatesApi.class)
                .types(RatesApi.class)
                .qualifiers(RestClient.LITERAL, Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .createWith(context -> client(beans, context));
    }

    private static RatesApi client(BeanManager beans, CreationalContext<RatesApi> context) {
        RatesServer server = beans.createInstance().select(RatesServer.class).get();
        Map<Method, List<Bound>> chains = new HashMap<>();
        MethodModel target = new MethodModel();
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, arguments); // not intercepted
            }
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "Jersey-like client"
                        : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == arguments[0];
            }
            List<Bound> chain = chains.computeIfAbsent(method, m -> chainOf(beans, context, m));
            return new Context(chain, target, method, arguments, server).proceed();
        };
        return (RatesApi) Proxy.newProxyInstance(RatesApi.class.getClassLoader(), new Class<?>[] {RatesApi.class},
                handler);
    }

    /** The interceptors bound on the method, or on the interface for a kind the method leaves out, in order. */
    private static List<Bound> chainOf(BeanManager beans, CreationalContext<?> context, Method method) {
        Map<Class<? extends Annotation>, Annotation> bindings = new LinkedHashMap<>();
        Stream.concat(Stream.of(method.getAnnotations()), Stream.of(method.getDeclaringClass().getAnnotations()))
                .filter(annotation -> beans.isInterceptorBinding(annotation.annotationType()))
                .forEach(annotation -> bindings.putIfAbsent(annotation.annotationType(), annotation));
        List<Bound> chain = new ArrayList<>();
        if (bindings.isEmpty()) {
            return chain;
        }
        for (Interceptor<?> interceptor : beans.resolveInterceptors(InterceptionType.AROUND_INVOKE,
                bindings.values().toArray(Annotation[]::new))) {
            chain.add(new Bound(interceptor, beans.getReference(interceptor, interceptor.getBeanClass(), context)));
        }
        return chain;
    }

    /** An interceptor and its instance. */
    private record Bound(Interceptor<?> interceptor, Object instance) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object intercept(InvocationContext context) {
            try {
                return ((Interceptor) interceptor).intercept(InterceptionType.AROUND_INVOKE, instance, context);
            } catch (RuntimeException unchecked) {
                throw unchecked;
            } catch (Exception checked) {
                throw new RuntimeException(checked); // what Jersey does
            }
        }
    }

    /** Jersey's target: an internal object, no client of the interface. */
    static final class MethodModel {
    }

    /** Runs the chain, then the REST call. */
    private static final class Context implements InvocationContext {
        private final List<Bound> chain;
        private final Object target;
        private final Method method;
        private final RatesServer server;
        private final Map<String, Object> data = new HashMap<>();
        private Object[] arguments;
        private int next;

        Context(List<Bound> chain, Object target, Method method, Object[] arguments, RatesServer server) {
            this.chain = chain;
            this.target = target;
            this.method = method;
            this.arguments = arguments;
            this.server = server;
        }

        @Override
        public Object proceed() throws Exception {
            if (next < chain.size()) {
                return chain.get(next++).intercept(this);
            }
            return method.getReturnType() == CompletionStage.class ? server.answerLater(method.getName(), arguments)
                    : server.answer(method.getName(), arguments);
        }

        @Override
        public Object getTarget() {
            return target;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return arguments;
        }

        @Override
        public void setParameters(Object[] parameters) {
            this.arguments = parameters;
        }

        @Override
        public Map<String, Object> getContextData() {
            return data;
        }
    }
}
