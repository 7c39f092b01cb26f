package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness reads every runtime's health JSON alike: Payara writes data as strings, the others as numbers. */
class ReadinessTest {
    @Test
    void readsNumbersAndBooleansAsQuarkusAndLibertyWriteThem() {
        Readiness down = Readiness.parse(503, """
                {"status":"DOWN","checks":[
                  {"name":"breaker:exchange-api","status":"DOWN","data":{"state":"OPEN","retryAfterMs":1834}},
                  {"name":"other","status":"UP"}]}""");

        assertThat(down.status()).isEqualTo("DOWN");
        HealthCheckView check = down.check("breaker:exchange-api").orElseThrow();
        assertThat(check.status()).isEqualTo("DOWN");
        assertThat(check.state()).isEqualTo("OPEN");
        assertThat(check.retryAfterMs()).hasValue(1834);
        assertThat(check.degraded()).isFalse();
        assertThat(down.check("other").orElseThrow().data()).isEmpty();
    }

    @Test
    void readsStringsAsPayaraWritesThem() {
        Readiness up = Readiness.parse(200, """
                {"status":"UP","checks":[
                  {"name":"breaker:exchange-api","status":"UP","data":{"state":"HALF_OPEN","degraded":"true"}}]}""");

        HealthCheckView check = up.check("breaker:exchange-api").orElseThrow();
        assertThat(check.degraded()).isTrue();
        assertThat(check.data()).isEqualTo(Map.of("state", "HALF_OPEN", "degraded", "true"));
        assertThat(Readiness.parse(200, """
                {"status":"DOWN","checks":[{"name":"b","status":"DOWN","data":{"retryAfterMs":"250"}}]}""")
                .check("b").orElseThrow().retryAfterMs()).hasValue(250);
    }

    @Test
    void aBodyThatIsNotHealthJsonHasNoChecks() {
        Readiness notFound = Readiness.parse(404, "<html>Not Found</html>");

        assertThat(notFound.status()).isNull();
        assertThat(notFound.check("breaker:exchange-api")).isEmpty();
        assertThat(notFound.httpStatus()).isEqualTo(404);
    }
}
