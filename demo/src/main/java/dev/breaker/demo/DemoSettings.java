package dev.breaker.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The demo's own settings, from MicroProfile Config like the breaker's. */
@ApplicationScoped
public class DemoSettings {
    @Inject
    @ConfigProperty(name = "demo.port", defaultValue = "8095")
    int port;

    /** @return the HTTP port of the health endpoint: {@code demo.port}, 8095 unless set */
    public int port() {
        return port;
    }
}
