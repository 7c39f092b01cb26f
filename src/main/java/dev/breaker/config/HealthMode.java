package dev.breaker.config;

/** How one breaker appears in MicroProfile Health readiness ({@code breaker.<name>.health}). */
public enum HealthMode {
    /** In readiness: UP when CLOSED or HALF_OPEN, DOWN when OPEN. The default. */
    READINESS("readiness"),
    /**
     * In readiness with its state, but always UP: for a breaker guarding an optional feature with a
     * fallback, where DOWN would take a healthy instance out of service.
     */
    REPORT("report"),
    /** Not in health at all. */
    OFF("off");

    private final String configValue;

    HealthMode(String configValue) {
        this.configValue = configValue;
    }

    /** @return how the mode is written in configuration */
    public String configValue() {
        return configValue;
    }
}
