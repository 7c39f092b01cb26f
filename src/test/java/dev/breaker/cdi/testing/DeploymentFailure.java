package dev.breaker.cdi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Starts a deployment that must fail, and gives every message of what the container threw. */
public final class DeploymentFailure {
    private DeploymentFailure() {
    }

    /**
     * @param deployment a deployment expected to fail
     * @return the messages of the throwable and of every cause and suppressed throwable in it
     */
    public static List<String> messagesOf(TestDeployment deployment) {
        Throwable thrown = catchThrowable(deployment::startAndStop);
        assertThat(thrown).as("%s should fail to deploy", deployment).isNotNull();
        List<String> messages = new ArrayList<>();
        collect(thrown, messages, new IdentityHashMap<>());
        return messages;
    }

    /**
     * @param deployment a deployment expected to fail
     * @return the library's own problems in it (messages starting with an id such as BRK-101), each once
     */
    public static List<String> problemsOf(TestDeployment deployment) {
        return messagesOf(deployment).stream()
                .filter(message -> message.startsWith("BRK-"))
                .distinct()
                .toList();
    }

    private static void collect(Throwable thrown, List<String> messages, Map<Throwable, Boolean> seen) {
        if (thrown == null || seen.put(thrown, Boolean.TRUE) != null) {
            return;
        }
        if (thrown.getMessage() != null) {
            messages.add(thrown.getMessage().strip());
        }
        collect(thrown.getCause(), messages, seen);
        for (Throwable suppressed : thrown.getSuppressed()) {
            collect(suppressed, messages, seen);
        }
    }
}
