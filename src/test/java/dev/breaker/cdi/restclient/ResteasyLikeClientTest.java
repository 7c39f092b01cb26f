package dev.breaker.cdi.restclient;

import dev.breaker.cdi.testing.TestDeployment;
import org.jboss.weld.junit5.EnableWeld;

/** The REST client contract where RESTEasy runs the interceptors (Open Liberty, WildFly). */
@EnableWeld
class ResteasyLikeClientTest extends RestClientContract {
    @Override
    TestDeployment deployment() {
        return of().with(new ResteasyLikeClients());
    }
}
