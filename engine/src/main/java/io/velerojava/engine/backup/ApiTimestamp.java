package io.velerojava.engine.backup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as Kubernetes writes {@code metav1.Time}: RFC 3339 in UTC, whole seconds. */
public final class ApiTimestamp {

    private ApiTimestamp() {
    }

    public static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
