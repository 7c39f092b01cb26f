package dev.breaker.cdi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.cdi.LiteBreakerExtension;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The build compatible suite runs {@link TranslatedBuildCompatibleExtension}; this keeps it a faithful
 * copy of the real extension, so that suite tests what Quarkus runs.
 */
class TranslatedExtensionMirrorTest {

    @Test
    void everyExtensionMethodIsRedeclaredWithTheSameAnnotations() throws NoSuchMethodException {
        Method[] real = Arrays.stream(LiteBreakerExtension.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && method.getAnnotations().length > 0)
                .toArray(Method[]::new);
        assertThat(real).as("Enhancement, Registration, Synthesis, Validation").hasSize(4);
        for (Method method : real) {
            Method copy = TranslatedBuildCompatibleExtension.class.getDeclaredMethod(method.getName(),
                    method.getParameterTypes());
            assertThat(annotationsOf(copy)).as(method.getName()).isEqualTo(annotationsOf(method));
        }
    }

    @Test
    void onlyTheSkipMarkerIsLeftOut() {
        assertThat(TranslatedBuildCompatibleExtension.class.getAnnotations()).isEmpty();
        assertThat(LiteBreakerExtension.class.getAnnotations()).hasSize(1);
    }

    private static Set<Annotation> annotationsOf(Method method) {
        return Arrays.stream(method.getAnnotations())
                .filter(annotation -> annotation.annotationType() != Override.class)
                .collect(Collectors.toSet());
    }
}
