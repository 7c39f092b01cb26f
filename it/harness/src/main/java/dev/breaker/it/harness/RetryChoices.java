package dev.breaker.it.harness;

/** The library's start-up log line about asynchronous retries, as each runtime should give it. */
public final class RetryChoices {
    /** Where Jakarta EE servers' retries wait. */
    public static final String DEFAULT_MSES = "java:comp/DefaultManagedScheduledExecutorService";
    /** Payara and WildFly: Jakarta Concurrency's context service, and Weld's API for the request context. */
    public static final String CONTEXT_SERVICE_AND_WELD = "Jakarta Concurrency's default ContextService (application:"
            + " class loader and java: names; security) and Weld's request context (the caller's request-scoped instances)";
    /** Quarkus and Open Liberty with the mpContextPropagation feature. */
    public static final String CONTEXT_PROPAGATION = "MicroProfile Context Propagation (every context type it knows,"
            + " CDI's request context included; transactions cleared)";
    /** Quarkus's scheduler. */
    public static final String QUARKUS = "Quarkus's Vert.x timers, then its worker pool (the ManagedExecutor)";

    private RetryChoices() {
    }

    /**
     * @param where where retries wait
     * @param context what carries the caller's context
     * @return the log line, from {@code asynchronous retries} on
     */
    public static String of(String where, String context) {
        return "asynchronous retries wait on " + where + "; each later attempt runs with the caller's context as"
                + " carried by " + context;
    }
}
