package dev.breaker.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What operators are given to query (the Grafana dashboard in {@code docs/grafana}, the alert rules in
 * {@code docs/prometheus} and in {@code docs/operations.md}) asks only for metrics the library exports, by
 * their Prometheus names, and only for labels those metrics have: a renamed meter or tag fails here, not
 * on an operator's empty panel.
 */
class DashboardQueriesTest {
    private static final Path DOCS = Path.of("docs");
    /** Labels that Prometheus's service discovery adds to every series. */
    private static final Set<String> TARGET_LABELS = Set.of("job", "instance", "namespace", "pod");
    private static final Pattern METRIC = Pattern.compile("\\bbreaker_[a-z_]+\\b");
    private static final Pattern SELECTOR = Pattern.compile("\\b(breaker_[a-z_]+)\\{([^}]*)\\}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring)\\s*\\(([^)]*)\\)");

    private static final Map<String, ExportedMeter> EXPORTED = Arrays.stream(ExportedMeter.values())
            .collect(Collectors.toMap(ExportedMeter::prometheusName, Function.identity()));

    @Test
    void theDashboardQueriesOnlyWhatTheLibraryExports() throws IOException {
        List<String> queries = dashboardQueries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(10);
        queries.forEach(DashboardQueriesTest::assertExported);
        Set<String> used = metricsIn(queries);
        assertThat(used).as("state per breaker, calls by outcome, openings").contains("breaker_state",
                "breaker_calls_total", "breaker_opened_total");
        assertThat(used).as("every meter has a panel").containsExactlyInAnyOrderElementsOf(EXPORTED.keySet());
    }

    @Test
    void theAlertRulesQueryOnlyWhatTheLibraryExports() throws IOException {
        List<String> rules = expressionsOf(Files.readString(DOCS.resolve("prometheus/breaker-alerts.yml")));
        assertThat(rules).hasSize(3);
        rules.forEach(DashboardQueriesTest::assertExported);
        assertThat(metricsIn(rules)).contains("breaker_state", "breaker_opened_total");
    }

    @Test
    void theOperationsPageShowsTheRulesFileAndNamesOnlyExportedMetrics() throws IOException {
        String page = Files.readString(DOCS.resolve("operations.md"));
        String rules = Files.readString(DOCS.resolve("prometheus/breaker-alerts.yml"));
        assertThat(page).as("operations.md shows docs/prometheus/breaker-alerts.yml as it is").contains(
                "```yaml\n" + rules + "```");
        assertThat(metricsIn(List.of(page))).allSatisfy(metric -> assertThat(EXPORTED).containsKey(metric));
    }

    private static void assertExported(String query) {
        Set<String> metrics = metricsIn(List.of(query));
        assertThat(metrics).as("a breaker metric in %s", query).isNotEmpty();
        for (String metric : metrics) {
            assertThat(EXPORTED).as("%s in %s is a metric the library exports", metric, query).containsKey(metric);
        }
        Set<String> allTags = new HashSet<>(TARGET_LABELS);
        metrics.forEach(metric -> allTags.addAll(EXPORTED.get(metric).tags()));
        Matcher selector = SELECTOR.matcher(query);
        while (selector.find()) {
            Set<String> tags = new HashSet<>(TARGET_LABELS);
            tags.addAll(EXPORTED.get(selector.group(1)).tags());
            assertThat(labelsIn(selector.group(2), MATCHER)).as("labels of %s in %s", selector.group(1), query)
                    .isSubsetOf(tags);
        }
        Matcher grouping = GROUPING.matcher(query);
        while (grouping.find()) {
            assertThat(Arrays.stream(grouping.group(1).split(",")).map(String::strip).filter(label -> !label.isEmpty()))
                    .as("grouping labels in %s", query).isSubsetOf(allTags);
        }
    }

    private static Set<String> labelsIn(String text, Pattern pattern) {
        Set<String> labels = new TreeSet<>();
        Matcher label = pattern.matcher(text);
        while (label.find()) {
            labels.add(label.group(1));
        }
        return labels;
    }

    private static Set<String> metricsIn(List<String> texts) {
        Set<String> metrics = new TreeSet<>();
        for (String text : texts) {
            Matcher metric = METRIC.matcher(text);
            while (metric.find()) {
                metrics.add(metric.group());
            }
        }
        return metrics;
    }

    /** @return every panel target's {@code expr} and every variable's query */
    private static List<String> dashboardQueries() throws IOException {
        JsonObject dashboard;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(DOCS.resolve("grafana/breaker-dashboard.json")))) {
            dashboard = reader.readObject();
        }
        List<String> queries = new ArrayList<>();
        for (JsonValue panel : dashboard.getJsonArray("panels")) {
            for (JsonValue target : panel.asJsonObject().getJsonArray("targets")) {
                queries.add(target.asJsonObject().getString("expr"));
            }
        }
        for (JsonValue variable : dashboard.getJsonObject("templating").getJsonArray("list")) {
            JsonObject definition = variable.asJsonObject();
            if (!"query".equals(definition.getString("type"))) {
                continue;
            }
            JsonValue query = definition.get("query");
            queries.add(query instanceof JsonString text ? text.getString() : query.asJsonObject().getString("query"));
        }
        return queries;
    }

    /** @return each rule's {@code expr}, a one-line value or a folded block ({@code expr: >}) */
    private static List<String> expressionsOf(String rules) {
        List<String> expressions = new ArrayList<>();
        String[] lines = rules.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = line.indexOf("expr:");
            if (at < 0) {
                continue;
            }
            String value = line.substring(at + "expr:".length()).strip();
            if (!value.equals(">") && !value.equals("|")) {
                expressions.add(value);
                continue;
            }
            StringBuilder block = new StringBuilder();
            while (i + 1 < lines.length && indentOf(lines[i + 1]) > at) {
                block.append(lines[++i].strip()).append(' ');
            }
            expressions.add(block.toString().strip());
        }
        return expressions;
    }

    private static int indentOf(String line) {
        return line.isBlank() ? Integer.MAX_VALUE : line.length() - line.stripLeading().length();
    }
}
