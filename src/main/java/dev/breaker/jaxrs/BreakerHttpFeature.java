package dev.breaker.jaxrs;

import dev.breaker.BreakerOpenException;
import dev.breaker.config.ApplicationKeys;
import dev.breaker.config.ApplicationResolver;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.Resolution;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Registers {@link BreakerOpenExceptionMapper} in every JAX-RS application, unless
 * {@code breaker.jaxrs.map-rejections} is {@code false} or the application maps
 * {@link BreakerOpenException} itself.
 *
 * <p><b>How runtimes find it.</b> As a {@code @Provider} (applications whose classes are scanned, and
 * Quarkus, which ignores the next one) and, as {@link Listed}, through
 * {@code META-INF/services/jakarta.ws.rs.core.Feature} (JAX-RS 3.1: Jersey and RESTEasy also run it for
 * applications that list their classes in {@code Application.getClasses()}). A runtime that finds both
 * registers the mapper once.
 *
 * <p><b>The application's own mapper wins</b>: the library's mapper has a lower priority than any mapper
 * of the default {@code USER} priority. Quarkus, though, prefers a mapper a feature registers whatever
 * the priorities; it also makes every JAX-RS provider a CDI bean, so the feature looks for a bean that
 * maps {@code BreakerOpenException} and steps aside when the application has one. (A Quarkus
 * {@code @ServerExceptionMapper} method is no such bean: an application using one turns this off.)
 */
@Provider
public class BreakerHttpFeature implements Feature {
    private static final Logger LOG = System.getLogger("dev.breaker");
    private static final int PRIORITY = Priorities.USER + 1000;

    /** For the JAX-RS runtime. */
    public BreakerHttpFeature() {
    }

    @Override
    public boolean configure(FeatureContext context) {
        if (!mapsRejections()) {
            return false;
        }
        if (context.getConfiguration().isRegistered(BreakerOpenExceptionMapper.class)) {
            return true;
        }
        if (applicationMapsItself()) {
            return false;
        }
        context.register(BreakerOpenExceptionMapper.class, PRIORITY);
        return true;
    }

    /**
     * @return {@code breaker.jaxrs.map-rejections}, read with the library's class loader (the
     *     application's: on Payara a lookup on another loader may not see the application's properties)
     */
    private static boolean mapsRejections() {
        Resolution<Boolean> mapped = new ApplicationResolver(
                ConfigLookup.ofApplication(BreakerHttpFeature.class.getClassLoader()))
                .resolve(ApplicationKeys.JAXRS_MAP_REJECTIONS);
        if (!mapped.problems().isEmpty()) {
            // The extensions stop such a deployment; should a runtime get here anyway, keep the default.
            LOG.log(Level.WARNING, String.join("; ", mapped.problems()));
            return true;
        }
        return mapped.orThrow();
    }

    /**
     * The same feature, as {@code META-INF/services/jakarta.ws.rs.core.Feature} lists it: a class of its
     * own, so that a runtime that finds both (RESTEasy: the {@code @Provider} by scanning, this one as a
     * service) configures each once without warning that a provider is registered twice. Whichever runs
     * second finds the mapper registered and does nothing more.
     */
    public static final class Listed extends BreakerHttpFeature {
        /** For {@link java.util.ServiceLoader}. */
        public Listed() {
        }
    }

    /**
     * @return whether a CDI bean other than the library's mapper is an
     *     {@code ExceptionMapper<BreakerOpenException>}: in Quarkus, the application's own mapper
     */
    static boolean applicationMapsItself() {
        try {
            BeanManager beans = CDI.current().getBeanManager();
            Type mapper = new TypeLiteral<ExceptionMapper<BreakerOpenException>>() {
                private static final long serialVersionUID = 1L;
            }.getType();
            Set<Bean<?>> found = beans.getBeans(mapper, Any.Literal.INSTANCE);
            return found.stream().anyMatch(bean -> bean.getBeanClass() != BreakerOpenExceptionMapper.class);
        } catch (RuntimeException | LinkageError noContainer) {
            return false; // no CDI here: JAX-RS priorities decide
        }
    }
}
