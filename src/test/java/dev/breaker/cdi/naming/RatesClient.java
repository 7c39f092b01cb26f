package dev.breaker.cdi.naming;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RatesClient extends BaseClient {
}
