package io.velerojava.nodeagent;

import io.velerojava.repository.snapshot.Progress;
import io.velerojava.repository.snapshot.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes progress on at most once per interval, so a transfer of many small files does not flood the API server
 * with status patches. A failed publication is logged and the transfer goes on: progress is informative only.
 */
public final class ThrottledProgress implements ProgressListener {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(ThrottledProgress.class);

    private final Consumer<Progress> publisher;
    private final Duration interval;
    private final Clock clock;
    private volatile Instant lastPublished = Instant.MIN;

    public ThrottledProgress(Consumer<Progress> publisher, Duration interval, Clock clock) {
        this.publisher = publisher;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public void onProgress(Progress progress) {
        Instant now = clock.instant();
        if (now.isBefore(lastPublished.plus(interval))) {
            return;
        }
        lastPublished = now;
        try {
            publisher.accept(progress);
        } catch (RuntimeException e) {
            log.warn("cannot publish progress {}: {}", progress, e.getMessage());
        }
    }
}
