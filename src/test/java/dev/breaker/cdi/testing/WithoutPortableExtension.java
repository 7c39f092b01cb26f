package dev.breaker.cdi.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jboss.weld.environment.deployment.WeldResourceLoader;
import org.jboss.weld.resources.spi.ResourceLoader;

/**
 * Weld SE's resource loader, except that the library's own entry in
 * {@code META-INF/services/jakarta.enterprise.inject.spi.Extension} is hidden: Weld then sees the
 * library as Quarkus does, which ignores portable extensions. Bean archives (beans.xml) are found as
 * usual.
 */
final class WithoutPortableExtension implements ResourceLoader {
    private static final String PORTABLE_SERVICES = "META-INF/services/jakarta.enterprise.inject.spi.Extension";
    private static final String LIBRARY_EXTENSION = "dev.breaker.cdi.PortableBreakerExtension";

    private final ResourceLoader delegate = new WeldResourceLoader();

    @Override
    public Class<?> classForName(String name) {
        return delegate.classForName(name);
    }

    @Override
    public URL getResource(String name) {
        return delegate.getResource(name);
    }

    @Override
    public Collection<URL> getResources(String name) {
        Collection<URL> found = delegate.getResources(name);
        if (!PORTABLE_SERVICES.equals(name)) {
            return found;
        }
        List<URL> kept = new ArrayList<>();
        for (URL url : found) {
            if (!read(url).contains(LIBRARY_EXTENSION)) {
                kept.add(url);
            }
        }
        return kept;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public void cleanup() {
        delegate.cleanup();
    }
}
