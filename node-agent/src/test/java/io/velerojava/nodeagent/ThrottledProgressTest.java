package io.velerojava.nodeagent;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.repository.snapshot.Progress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottledProgressTest {

    private Instant now = Instant.parse("2026-05-20T03:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void passesOnAtMostOneUpdatePerInterval() {
        List<Long> published = new ArrayList<>();
        ThrottledProgress progress = new ThrottledProgress(update -> published.add(update.bytesDone()),
                Duration.ofSeconds(1), clock);

        progress.onProgress(new Progress(10, 100, 1, 10));
        now = now.plusMillis(400);
        progress.onProgress(new Progress(20, 100, 2, 10));
        now = now.plusMillis(700);
        progress.onProgress(new Progress(30, 100, 3, 10));

        assertThat(published).containsExactly(10L, 30L);
    }

    @Test
    void aFailingPublisherDoesNotStopTheTransfer() {
        ThrottledProgress progress = new ThrottledProgress(update -> {
            throw new IllegalStateException("API server unreachable");
        }, Duration.ofSeconds(1), clock);

        progress.onProgress(new Progress(10, 100, 1, 10));
    }
}
