package dev.breaker.deployment;

import dev.breaker.config.ConfigLookup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one extension has found so far in one deployment: collected while the container reads the
 * beans, checked once at the end. Containers may read beans on several threads at once, so every
 * method is synchronized; none is on a call path.
 */
public final class DeploymentCollector {
    private final List<BreakerDeclaration> breakers = new ArrayList<>();
    private final List<RetryDeclaration> retries = new ArrayList<>();
    private final List<FallbackDeclaration> fallbacks = new ArrayList<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private final Set<String> restClients = new LinkedHashSet<>();
    private final Set<String> restClientBeans = new LinkedHashSet<>();

    /**
     * Records what the scan of a bean class found: its declarations and problems.
     *
     * @param scan the scan of a class that is a bean
     */
    public synchronized void addBean(ScannedClass scan) {
        breakers.addAll(scan.breakers());
        retries.addAll(scan.retries());
        fallbacks.addAll(scan.fallbacks());
        problems.addAll(scan.problems());
        problems.addAll(scan.fallbackProblems());
    }

    /**
     * Records what the scan of a REST client interface found ({@link RestClientScanner}).
     *
     * @param name the interface's binary name
     * @param scan its scan
     */
    public synchronized void addRestClient(String name, ScannedClass scan) {
        restClients.add(name);
        addBean(scan);
    }

    /**
     * Records a class bean that stands for a REST client ({@link RestClientScanner#standsForRestClient}):
     * its calls are read from the interface it implements.
     *
     * @param beanClass the bean's class
     */
    public synchronized void addRestClientBean(String beanClass) {
        restClientBeans.add(beanClass);
    }

    /** @return the binary names of the REST client interfaces found so far */
    public synchronized Set<String> restClients() {
        return Set.copyOf(restClients);
    }

    /**
     * Records problems found outside a bean's own scan: in a discovered type before it became a bean,
     * or in a producer. A message recorded twice is kept once.
     *
     * @param found messages
     */
    public synchronized void addProblems(List<String> found) {
        problems.addAll(found);
    }

    /** @return every declaration found so far */
    public synchronized DeploymentModel model() {
        return new DeploymentModel(breakers, retries, fallbacks, restClients, restClientBeans);
    }

    /**
     * @param config the application's configuration
     * @return every problem: those recorded, then those across the whole deployment
     */
    public synchronized List<String> validate(ConfigLookup config) {
        Set<String> all = new LinkedHashSet<>(problems);
        all.addAll(DeploymentValidator.validate(model(), config));
        return List.copyOf(all);
    }
}
