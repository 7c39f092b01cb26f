package dev.breaker.cdi.fallback;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.FileNotFoundException;
import java.io.IOException;

/** The fallback named by the abstract superclass, declared by the bean. */
@ApplicationScoped
public class NewsFeed extends AbstractFeed {
    @Override
    protected String fetch() throws IOException {
        throw new FileNotFoundException("feed moved");
    }

    String offline(IOException failure) {
        return "offline: " + failure.getMessage();
    }
}
