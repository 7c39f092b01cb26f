package dev.breaker.bench.cdi;

import jakarta.enterprise.inject.se.SeContainer;
import java.util.Arrays;
import org.jboss.weld.environment.se.Weld;

/**
 * One Weld SE container for one benchmark class: its bean classes, plus whatever the class path brings
 * the way a server finds it (the library's jar through its beans.xml, every portable extension through
 * META-INF/services: the library's and SmallRye Fault Tolerance's).
 */
public final class BenchDeployment implements AutoCloseable {
    private final SeContainer container;

    private BenchDeployment(SeContainer container) {
        this.container = container;
    }

    /**
     * @param beanClasses the benchmark's own beans and interceptors
     * @return a started container
     */
    public static BenchDeployment start(Class<?>... beanClasses) {
        String id = "bench-" + Arrays.stream(beanClasses).map(Class::getSimpleName).findFirst().orElse("empty");
        return new BenchDeployment(new Weld(id).addBeanClasses(beanClasses).initialize());
    }

    /**
     * @param type a bean type
     * @param <T> that type
     * @return its contextual reference: the client proxy a server would inject
     */
    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    /** Stops the container. */
    @Override
    public void close() {
        container.close();
    }
}
