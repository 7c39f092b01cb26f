package dev.breaker.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides each setting of a breaker by the rule of {@link Precedence}: {@code breaker.<name>.<key>},
 * then the {@code @Breaker} member, then {@code breaker.<key>}, then the built-in default.
 * {@link #checkDefaults()} finds a bad default even when every breaker overrides it.
 */
public final class BreakerResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public BreakerResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /**
     * @param name the breaker's name
     * @param declared what its {@code @Breaker} declarations give, merged; {@link MemberValues#NONE}
     *     for a breaker created only through the registry
     * @return its settings, or the problems found
     */
    public Resolution<ResolvedBreaker> resolve(String name, MemberValues declared) {
        List<String> problems = new ArrayList<>(0);
        int failureThreshold = precedence.decide(name, BreakerKeys.FAILURE_THRESHOLD, declared, problems);
        Duration timeout = precedence.decide(name, BreakerKeys.TIMEOUT, declared, problems);
        int halfOpenMaxCalls = precedence.decide(name, BreakerKeys.HALF_OPEN_MAX_CALLS, declared, problems);
        boolean enabled = precedence.decide(name, BreakerKeys.ENABLED, declared, problems);
        HealthMode health = precedence.decide(name, BreakerKeys.HEALTH, declared, problems);
        Optional<Double> failureRatio = precedence.decide(name, BreakerKeys.FAILURE_RATIO, declared, problems);
        int windowSize = precedence.decide(name, BreakerKeys.WINDOW_SIZE, declared, problems);
        Optional<Duration> windowDuration = precedence.decide(name, BreakerKeys.WINDOW_DURATION, declared, problems);
        Optional<Integer> minimumCalls = precedence.decide(name, BreakerKeys.MINIMUM_CALLS, declared, problems);
        Optional<Duration> slowCallDuration = precedence.decide(name, BreakerKeys.SLOW_CALL_DURATION, declared, problems);
        if (failureRatio.isPresent() && windowDuration.isEmpty() && minimumCalls.filter(min -> min > windowSize).isPresent()) {
            problems.add(Message.MINIMUM_CALLS_ABOVE_WINDOW.format(name, minimumCalls.get(), windowSize));
        }
        return Resolution.of(new ResolvedBreaker(name, failureThreshold, timeout, halfOpenMaxCalls, enabled, health,
                declared.types("failOn"), declared.types("skipOn"), failureRatio, windowSize, windowDuration,
                minimumCalls, slowCallDuration), problems);
    }

    /**
     * Checks every {@code breaker.<key>} default, whether or not a breaker ends up using it.
     *
     * @return a message for each default that is set but not allowed
     */
    public List<String> checkDefaults() {
        return precedence.checkDefaults(BreakerKeys.FAMILY);
    }
}
