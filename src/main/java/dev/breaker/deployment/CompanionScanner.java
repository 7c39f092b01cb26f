package dev.breaker.deployment;

import dev.breaker.config.Message;
import dev.breaker.config.RetryValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the methods that {@code @RetryWithBackoff} and {@code @WithFallback} cover in one bean class,
 * checks each fallback method, and finds every annotation a CDI container would silently not apply.
 * The one place both extensions learn this, so CDI Full and CDI Lite agree. Coverage follows
 * {@link DeclarationScanner}'s rules for {@code @Breaker}:
 * <ul>
 *   <li>a method's own {@code @RetryWithBackoff} covers that method, and wins over the type's as a
 *       whole; a type-level one covers every business method (neither private nor static nor
 *       overridden) of the class and its superclasses;</li>
 *   <li>{@code @WithFallback} is on methods only;</li>
 *   <li>either annotation on a private, static or final method, over a final method, or in a final
 *       class is a problem: the container cannot intercept there.</li>
 * </ul>
 */
public final class CompanionScanner {
    private static final String RETRY = "RetryWithBackoff";
    private static final String FALLBACK = "WithFallback";

    private CompanionScanner() {
    }

    /**
     * @param type a bean class
     * @return what it declares, and its problems
     */
    public static CompanionScan scan(CompanionClassView type) {
        List<RetryDeclaration> retries = new ArrayList<>();
        List<FallbackDeclaration> fallbacks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> fallbackProblems = new ArrayList<>();
        Set<String> unusable = new HashSet<>();
        boolean typeRetryUnusable = false;
        Set<String> overridden = new HashSet<>();
        RetryValues typeLevel = type.retry().orElse(null);
        for (CompanionMethodView method : type.methods()) {
            if (method.compilerGenerated()) {
                continue;
            }
            boolean isOverride = !method.isPrivate() && !method.isStatic() && !overridden.add(method.signature());
            String forbidden = method.isPrivate() ? "private" : method.isStatic() ? "static"
                    : method.isFinal() ? "final" : null;
            if (method.retry().isPresent()) {
                if (forbidden != null) {
                    problems.add(Message.COMPANION_UNINTERCEPTED_METHOD.format(RETRY, method.place(), forbidden, forbidden));
                    unusable.add(method.key());
                } else if (!isOverride) {
                    retries.add(new RetryDeclaration(method.settingsName(), method.place(), method.retry().get()));
                }
            } else if (typeLevel != null && !isOverride && !method.isPrivate() && !method.isStatic()) {
                if (method.isFinal()) {
                    problems.add(Message.RETRY_FINAL_METHOD_UNDER_TYPE.format(type.retryPlace(), method.place()));
                    typeRetryUnusable = true;
                } else {
                    retries.add(new RetryDeclaration(method.settingsName(), type.retryPlace(), typeLevel));
                }
            }
            if (method.fallback().isPresent()) {
                if (forbidden != null) {
                    problems.add(Message.COMPANION_UNINTERCEPTED_METHOD.format(FALLBACK, method.place(), forbidden,
                            forbidden));
                    unusable.add(method.key());
                } else if (!isOverride) {
                    FallbackCheck check = FallbackMethodCheck.check(type, method, method.fallback().get());
                    check.problem().ifPresent(fallbackProblems::add);
                    check.match().ifPresent(match ->
                            fallbacks.add(new FallbackDeclaration(method.settingsName(), method.place())));
                }
            }
        }
        if (type.isFinal() && type.mentionsCompanions()) {
            problems.add(Message.COMPANION_FINAL_CLASS.format(annotationsIn(type), type.name()));
            retries.clear();
            fallbacks.clear();
            fallbackProblems.clear();
            type.methods().stream().filter(CompanionMethodView::mentionsCompanions)
                    .forEach(method -> unusable.add(method.key()));
            typeRetryUnusable = type.retry().isPresent();
        }
        return new CompanionScan(retries, fallbacks, problems, fallbackProblems, unusable, typeRetryUnusable);
    }

    private static String annotationsIn(CompanionClassView type) {
        boolean retry = type.retry().isPresent() || type.methods().stream().anyMatch(method -> method.retry().isPresent());
        boolean fallback = type.methods().stream().anyMatch(method -> method.fallback().isPresent());
        return retry && fallback ? "@" + RETRY + " and @" + FALLBACK : retry ? "@" + RETRY : "@" + FALLBACK;
    }
}
