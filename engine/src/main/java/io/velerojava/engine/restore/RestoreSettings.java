package io.velerojava.engine.restore;

import io.velerojava.archive.ExtractionLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * Server-wide restore settings (flags of {@code velero server}).
 *
 * @param priorities                 {@code --restore-resource-priorities}
 * @param itemWorkerCount            {@code --restore-item-worker-count}: items restored concurrently within a tier
 * @param resourceTimeout            {@code --resource-timeout}: how long to wait for a restored CRD to be Established
 * @param terminatingResourceTimeout {@code --terminating-resource-timeout}: how long to wait for a terminating
 *                                   namespace to go before re-creating it
 * @param extractionLimits           bounds on the downloaded tarball
 */
public record RestoreSettings(RestoreResourcePriorities priorities, int itemWorkerCount, Duration resourceTimeout,
                              Duration terminatingResourceTimeout, ExtractionLimits extractionLimits) {

    public static final int DEFAULT_ITEM_WORKER_COUNT = 4;

    public RestoreSettings {
        Objects.requireNonNull(priorities, "priorities");
        Objects.requireNonNull(resourceTimeout, "resourceTimeout");
        Objects.requireNonNull(terminatingResourceTimeout, "terminatingResourceTimeout");
        Objects.requireNonNull(extractionLimits, "extractionLimits");
        if (itemWorkerCount < 1) {
            throw new IllegalArgumentException("--restore-item-worker-count must be at least 1, got " + itemWorkerCount);
        }
    }

    /** Velero's defaults, with {@value #DEFAULT_ITEM_WORKER_COUNT} item workers. */
    public static RestoreSettings defaults() {
        return new RestoreSettings(RestoreResourcePriorities.defaults(), DEFAULT_ITEM_WORKER_COUNT,
                Duration.ofMinutes(10), Duration.ofMinutes(10), ExtractionLimits.defaults());
    }

    public RestoreSettings withResourceTimeout(Duration timeout) {
        return new RestoreSettings(priorities, itemWorkerCount, timeout, terminatingResourceTimeout, extractionLimits);
    }

    public RestoreSettings withItemWorkerCount(int count) {
        return new RestoreSettings(priorities, count, resourceTimeout, terminatingResourceTimeout, extractionLimits);
    }
}
