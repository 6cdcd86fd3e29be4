package io.velerojava.engine.podvolume;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.velerojava.api.GoDuration;
import io.velerojava.api.VeleroAnnotations;
import java.time.Duration;
import java.util.Map;

/**
 * How long a backup or restore waits for its pod volumes: the annotation {@code velero.io/pod-volume-timeout} on
 * the Backup or Restore, else the server's {@code --fs-backup-timeout}.
 */
public final class PodVolumeTimeout {

    /** Velero's {@code --fs-backup-timeout} default. */
    public static final Duration DEFAULT = Duration.ofHours(4);

    private PodVolumeTimeout() {
    }

    /**
     * @throws IllegalArgumentException if the annotation is not a positive Go duration
     */
    public static Duration of(HasMetadata backupOrRestore, Duration serverDefault) {
        Map<String, String> annotations = backupOrRestore.getMetadata().getAnnotations();
        String value = annotations == null ? null : annotations.get(VeleroAnnotations.POD_VOLUME_TIMEOUT);
        if (value == null || value.isBlank()) {
            return serverDefault;
        }
        GoDuration timeout = GoDuration.parse(value.strip());
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("annotation " + VeleroAnnotations.POD_VOLUME_TIMEOUT
                    + " must be a positive duration, got \"" + value + "\"");
        }
        return timeout.toDuration();
    }
}
