package dev.breaker.cdi.registry;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InventoryClient {
    @Breaker(name = "inventory")
    public int stock(String item) {
        if (item.isEmpty()) {
            throw new IllegalArgumentException("no item");
        }
        return 3;
    }
}
