package dev.breaker.metrics.testing;

import dev.breaker.metrics.ExportedMeter;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads what one backend shows of the library's meters, as an operator's scrape would. */
public interface MeterReader {
    /**
     * @param meter one of the library's meters
     * @param tags its tags, every one of them
     * @return its value now; empty when the backend shows no such meter
     */
    OptionalDouble value(ExportedMeter meter, Map<String, String> tags);

    /** @return the tag sets under which the backend shows the meter now */
    Set<Map<String, String>> tagSets(ExportedMeter meter);
}
