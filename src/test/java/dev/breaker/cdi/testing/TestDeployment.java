package dev.breaker.cdi.testing;

import jakarta.enterprise.inject.spi.Extension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.ContainerLifecycleObserver;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.WeldInitiator;

/**
 * A Weld SE deployment of some test beans with the library, found the way a server finds it: its
 * jar's beans.xml and META-INF/services. It runs through the extension {@link ExtensionPath#current()}
 * names (or the one given), with its own configuration.
 *
 * <pre>{@code
 * @WeldSetup
 * WeldInitiator weld = TestDeployment.of(ExchangeClient.class).config("breaker.exchange-api.timeout", "5s").initiator();
 * }</pre>
 */
public final class TestDeployment {
    private final List<Class<?>> beans;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final Map<String, String> laterConfig = new LinkedHashMap<>();
    private final List<Extension> extensions = new ArrayList<>();
    private ExtensionPath path = ExtensionPath.current();

    private TestDeployment(List<Class<?>> beans) {
        this.beans = beans;
    }

    /**
     * @param beans the test's own bean classes
     * @return a deployment of them with the library
     */
    public static TestDeployment of(Class<?>... beans) {
        return new TestDeployment(List.of(beans));
    }

    /**
     * @param key a MicroProfile Config key
     * @param value its value
     * @return this deployment
     */
    public TestDeployment config(String key, String value) {
        config.put(key, value);
        return this;
    }

    /**
     * Changes configuration once the extensions are done and before the application starts: what
     * Quarkus does when configuration at run time differs from configuration at build time.
     *
     * @param key a MicroProfile Config key
     * @param value its value from the application's start on
     * @return this deployment
     */
    public TestDeployment configAtStartup(String key, String value) {
        laterConfig.put(key, value);
        return this;
    }

    /**
     * Adds portable extensions of the test's own, which run whichever of the library's extensions the
     * deployment runs through: a stand-in for a REST client implementation, say.
     *
     * @param added the extensions
     * @return this deployment
     */
    public TestDeployment with(Extension... added) {
        extensions.addAll(List.of(added));
        return this;
    }

    /**
     * @param chosen the extension to run through, instead of the run's
     * @return this deployment
     */
    public TestDeployment through(ExtensionPath chosen) {
        this.path = chosen;
        return this;
    }

    /** @return the extension this deployment runs through */
    public ExtensionPath path() {
        return path;
    }

    /** @return a weld-junit5 initiator of this deployment */
    public WeldInitiator initiator() {
        return WeldInitiator.from(weld()).build();
    }

    /** @return a Weld SE container of this deployment, not started */
    @SuppressWarnings("unchecked") // one extension class, passed to a varargs parameter
    public Weld weld() {
        Map<String, String> properties = Map.copyOf(config);
        Map<String, String> atStartup = new LinkedHashMap<>(config);
        atStartup.putAll(laterConfig);
        Weld weld = new Weld()
                .addBeanClasses(beans.toArray(Class<?>[]::new))
                .addContainerLifecycleObserver(ContainerLifecycleObserver.beforeBeanDiscovery()
                        .notify(event -> TestConfig.install(properties)))
                .addContainerLifecycleObserver(ContainerLifecycleObserver.beforeShutdown()
                        .notify(event -> TestConfig.release(Thread.currentThread().getContextClassLoader())));
        extensions.forEach(weld::addExtension);
        if (!laterConfig.isEmpty()) {
            weld.addContainerLifecycleObserver(ContainerLifecycleObserver.afterDeploymentValidation()
                    .priority(Integer.MAX_VALUE) // after the extensions' own checks
                    .notify(event -> TestConfig.install(Map.copyOf(atStartup))));
        }
        if (path == ExtensionPath.BUILD_COMPATIBLE) {
            weld.setResourceLoader(new WithoutPortableExtension())
                    .addBuildCompatibleExtensions(TranslatedBuildCompatibleExtension.class);
        }
        return weld;
    }

    /**
     * Starts and stops the deployment, for tests that expect it to fail.
     *
     * @throws RuntimeException what the container threw
     */
    public void startAndStop() {
        try (var container = weld().initialize()) {
            container.isRunning();
        } finally {
            TestConfig.release(Thread.currentThread().getContextClassLoader());
        }
    }

    @Override
    public String toString() {
        return "TestDeployment" + beans + " through " + path;
    }

    /** @return the bean classes, for messages */
    List<Class<?>> beans() {
        return new ArrayList<>(beans);
    }
}
