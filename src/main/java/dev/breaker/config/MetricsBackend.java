package dev.breaker.config;

/**
 * A metrics backend the library can export through, as {@code breaker.metrics} names it. The order of
 * the constants is the order in which {@code auto} tries them.
 */
public enum MetricsBackend {
    /** Micrometer, through a {@code MeterRegistry} bean of any scope. */
    MICROMETER("micrometer", OptionalApi.MICROMETER, "MeterRegistry",
            "in Quarkus add quarkus-micrometer-registry-prometheus, in WildFly the micrometer subsystem,"
                    + " elsewhere produce a MeterRegistry bean"),
    /** MicroProfile Metrics 5, through the application {@code MetricRegistry}. */
    MICROPROFILE_METRICS("mp-metrics", OptionalApi.MICROPROFILE_METRICS, "application MetricRegistry",
            "enable MicroProfile Metrics 5 (Open Liberty: the feature mpMetrics-5.1; Payara has it on)"),
    /** OpenTelemetry metrics (MicroProfile Telemetry 2), through an {@code OpenTelemetry} or {@code Meter} bean. */
    OPENTELEMETRY("opentelemetry", OptionalApi.OPENTELEMETRY, "OpenTelemetry or Meter",
            "enable MicroProfile Telemetry 2 (Open Liberty: the feature mpTelemetry-2.0 and"
                    + " <classloader apiTypeVisibility=\"+third-party\"/> for the application; Quarkus: quarkus-opentelemetry)");

    private final String configValue;
    private final OptionalApi api;
    private final String entryBean;
    private final String advice;

    MetricsBackend(String configValue, OptionalApi api, String entryBean, String advice) {
        this.configValue = configValue;
        this.api = api;
        this.entryBean = entryBean;
        this.advice = advice;
    }

    /** @return how {@code breaker.metrics} names it */
    public String configValue() {
        return configValue;
    }

    /** @return the API that must be on the class path */
    public OptionalApi api() {
        return api;
    }

    /** @return the bean the meters are registered with, in words, for messages */
    public String entryBean() {
        return entryBean;
    }

    /** @return how an application gets the backend, for messages */
    public String advice() {
        return advice;
    }
}
