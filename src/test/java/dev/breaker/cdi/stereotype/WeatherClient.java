package dev.breaker.cdi.stereotype;

@Guarded
public class WeatherClient {
    public String forecast() {
        throw new IllegalStateException("no forecast");
    }
}
