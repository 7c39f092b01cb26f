package dev.breaker.cdi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.cdi.PortableBreakerExtension;
import jakarta.enterprise.inject.se.SeContainer;
import org.jboss.weld.lite.extension.translator.LiteExtensionTranslator;
import org.junit.jupiter.api.Test;

/** Each run of the suite goes through the extension it says it does, and only that one. */
class ExtensionPathTest {

    @Test
    void onlyTheChosenExtensionRuns() {
        TestDeployment deployment = TestDeployment.of();
        try (SeContainer container = deployment.weld().initialize()) {
            var beans = container.getBeanManager();
            if (deployment.path() == ExtensionPath.PORTABLE) {
                assertThat(beans.getExtension(PortableBreakerExtension.class)).isNotNull();
                assertThatThrownBy(() -> beans.getExtension(LiteExtensionTranslator.class))
                        .as("the build compatible extension is skipped where the portable one runs")
                        .isInstanceOf(IllegalArgumentException.class);
            } else {
                assertThatThrownBy(() -> beans.getExtension(PortableBreakerExtension.class))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThat(beans.getExtension(LiteExtensionTranslator.class)).isNotNull();
            }
        }
    }
}
