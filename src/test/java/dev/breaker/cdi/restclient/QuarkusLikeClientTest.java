package dev.breaker.cdi.restclient;

import dev.breaker.cdi.testing.TestDeployment;
import org.jboss.weld.junit5.EnableWeld;

/** The REST client contract where the client is a generated class bean, as in Quarkus. */
@EnableWeld
class QuarkusLikeClientTest extends RestClientContract {
    @Override
    TestDeployment deployment() {
        return of(QuarkusLikeRatesApi.class);
    }
}
