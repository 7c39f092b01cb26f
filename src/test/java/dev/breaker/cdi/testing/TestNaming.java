package dev.breaker.cdi.testing;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.OperationNotSupportedException;
import javax.naming.spi.InitialContextFactory;

/**
 * JNDI for Weld SE tests, which have none: what a Jakarta EE server binds under {@code java:comp}, in
 * memory. Installed for one test ({@link #install()}, then {@link #close()}), through the system property
 * that {@code new InitialContext()} reads; only {@code lookup(String)} and {@code close()} work.
 *
 * <pre>{@code
 * try (TestNaming naming = TestNaming.install()) {
 *     naming.bind("java:comp/DefaultManagedScheduledExecutorService", scheduler);
 *     ...
 * }
 * }</pre>
 */
public final class TestNaming implements AutoCloseable {
    private static final Map<String, Object> BOUND = new ConcurrentHashMap<>();

    private TestNaming() {
    }

    /** @return JNDI, empty, for {@code new InitialContext()} on every thread until closed */
    public static TestNaming install() {
        BOUND.clear();
        System.setProperty(Context.INITIAL_CONTEXT_FACTORY, Factory.class.getName());
        return new TestNaming();
    }

    /**
     * @param name a JNDI name
     * @param value what a lookup of it returns
     * @return this
     */
    public TestNaming bind(String name, Object value) {
        BOUND.put(name, value);
        return this;
    }

    @Override
    public void close() {
        System.clearProperty(Context.INITIAL_CONTEXT_FACTORY);
        BOUND.clear();
    }

    /** What {@code new InitialContext()} creates while installed. */
    public static final class Factory implements InitialContextFactory {
        /** For JNDI, which creates it by its name. */
        public Factory() {
        }

        @Override
        public Context getInitialContext(Hashtable<?, ?> environment) {
            return (Context) Proxy.newProxyInstance(Factory.class.getClassLoader(), new Class<?>[] {Context.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "lookup" -> {
                            Object found = BOUND.get(String.valueOf(arguments[0]));
                            if (found == null) {
                                throw new NameNotFoundException(arguments[0] + " is not bound");
                            }
                            yield found;
                        }
                        case "close" -> null;
                        case "toString" -> "TestNaming";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == arguments[0];
                        default -> throw new OperationNotSupportedException(method.getName());
                    });
        }
    }
}
