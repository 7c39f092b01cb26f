package dev.breaker.cdi.retrycontext;

import jakarta.enterprise.concurrent.ContextService;
import java.lang.reflect.Proxy;
import java.util.concurrent.Executor;

/**
 * A server's default ContextService, for Weld SE: {@code currentContextExecutor()} carries
 * {@link ReportClient#APPLICATION}, as a server's carries its application and security context. Its
 * other methods are not used by the library.
 */
final class FakeContextService {
    private FakeContextService() {
    }

    static ContextService create() {
        return create(false);
    }

    /** @return one whose captured context cannot be applied, as a server's while it stops */
    static ContextService refusing() {
        return create(true);
    }

    private static ContextService create(boolean refusing) {
        return (ContextService) Proxy.newProxyInstance(FakeContextService.class.getClassLoader(),
                new Class<?>[] {ContextService.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("currentContextExecutor")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    String captured = ReportClient.APPLICATION.get();
                    return (Executor) task -> {
                        if (refusing) {
                            throw new IllegalStateException("the application is stopping");
                        }
                        String own = ReportClient.APPLICATION.get();
                        ReportClient.APPLICATION.set(captured);
                        try {
                            task.run();
                        } finally {
                            ReportClient.APPLICATION.set(own);
                        }
                    };
                });
    }
}
