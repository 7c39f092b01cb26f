package dev.breaker.cdi.fallback;

import dev.breaker.WithFallback;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

@ApplicationScoped
public class PriceClient extends PriceDefaults {
    private final List<Throwable> received = new CopyOnWriteArrayList<>();
    private volatile Exception failure = new IOException("price feed down");
    private volatile int fallbackAnswers;

    public void failWith(Exception next) {
        failure = next;
    }

    public List<Throwable> received() {
        return received;
    }

    public int fallbackAnswers() {
        return fallbackAnswers;
    }

    @WithFallback("lastKnown")
    public String price(String symbol) throws Exception {
        throw failure;
    }

    @WithFallback("lastKnownWithReason")
    public String priceWithReason(String symbol) throws Exception {
        throw failure;
    }

    @WithFallback(value = "lastKnown", applyOn = IOException.class, skipOn = FileNotFoundException.class)
    public String priceOfIo(String symbol) throws Exception {
        throw failure;
    }

    @WithFallback("inherited")
    public String priceFromBase(String symbol) throws Exception {
        throw failure;
    }

    @WithFallback("failingFallback")
    public String priceWithFailingFallback(String symbol) throws Exception {
        throw failure;
    }

    @WithFallback("lastKnownLater")
    public CompletionStage<String> priceLater(String symbol) {
        return CompletableFuture.failedFuture(failure);
    }

    @WithFallback("lastKnownLater")
    public CompletionStage<String> priceLaterThrowing(String symbol) throws Exception {
        throw failure;
    }

    @WithFallback(value = "lastKnownLater", skipOn = IllegalArgumentException.class)
    public CompletionStage<String> priceLaterSkipping(String symbol) {
        return CompletableFuture.supplyAsync(() -> {
            throw new IllegalArgumentException("no such symbol " + symbol);
        });
    }

    @WithFallback("count")
    public int quantity(String symbol) throws Exception {
        throw failure;
    }

    /** Private: a fallback need not be part of the bean's API. Counts on the very instance called. */
    private String lastKnown(String symbol) {
        fallbackAnswers++;
        return symbol + "=100 (last known)";
    }

    String lastKnownWithReason(String symbol, Throwable reason) {
        received.add(reason);
        return symbol + "=100 (" + reason.getMessage() + ")";
    }

    String failingFallback(String symbol) {
        throw new IllegalStateException("no last known price either");
    }

    CompletionStage<String> lastKnownLater(String symbol, Throwable reason) {
        received.add(reason);
        return CompletableFuture.completedFuture(symbol + "=100 (later)");
    }

    Integer count(String symbol) {
        return 7;
    }
}
