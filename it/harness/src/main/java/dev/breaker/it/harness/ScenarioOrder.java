package dev.breaker.it.harness;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

/**
 * The order of a runtime module's scenario classes: first those that start a server of their own
 * (such as {@link InvalidSettingScenario}), then those on the {@link SharedServer}, each group by class
 * name. So the shared server starts once per runtime and is never stopped for a scenario that needs the
 * port for itself. Correctness does not depend on it (such a scenario stops the shared server first);
 * only the number of server starts does. Set for every module in {@code it/pom.xml}
 * ({@code junit.jupiter.testclass.order.default}).
 */
public final class ScenarioOrder implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor descriptor) -> SharedServerScenario.class.isAssignableFrom(
                        descriptor.getTestClass()))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }
}
