package dev.breaker.health;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Tells the library's health check beans apart: each breaker's check carries its name, so that the
 * container holds one distinct bean per breaker. The checks are found through their
 * {@code @Readiness} qualifier as usual.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface ForBreaker {
    /** @return the breaker's name; {@link BreakersCheck#NAME} for the check of breakers created later */
    String value();

    /** An instance of the qualifier, for the portable extension. */
    final class Literal extends AnnotationLiteral<ForBreaker> implements ForBreaker {
        private static final long serialVersionUID = 1L;

        /** The breaker's name. */
        private final String value;

        /** @param value the breaker's name */
        public Literal(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }
}
