package dev.breaker.it.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the application's resources under {@code /api} in every runtime. */
@ApplicationPath("api")
public class ItApplication extends Application {
}
