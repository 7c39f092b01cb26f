package dev.breaker.it.harness;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Prints the end of the server's log when a test fails, so a CI log alone explains the failure. */
public final class ServerLogOnFailure implements TestWatcher {
    private static final int LINES = 150;

    private final Supplier<ServerProcess> server;

    /** @param server the server of the running test class, possibly not started */
    public ServerLogOnFailure(Supplier<ServerProcess> server) {
        this.server = server;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        print(server.get(), cause);
    }

    /**
     * @param server a server, or null
     * @param cause why its log is wanted
     */
    public static void print(ServerProcess server, Throwable cause) {
        if (server == null) {
            return;
        }
        System.out.printf("[it] %s failed (%s); last %d lines of its log (all of it in %s):%n%s%n[it] end of log%n",
                server.launch().name(), cause, LINES, server.launch().consoleLog(), server.logTail(LINES));
    }
}
