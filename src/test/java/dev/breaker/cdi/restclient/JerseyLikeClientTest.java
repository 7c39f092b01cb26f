package dev.breaker.cdi.restclient;

import dev.breaker.cdi.testing.TestDeployment;
import org.jboss.weld.junit5.EnableWeld;

/**
 * The REST client contract where Jersey runs the interceptors (Payara): the target is no client, and
 * checked exceptions reach the outer interceptors wrapped.
 */
@EnableWeld
class JerseyLikeClientTest extends RestClientContract {
    @Override
    TestDeployment deployment() {
        return of().with(new JerseyLikeClients());
    }
}
