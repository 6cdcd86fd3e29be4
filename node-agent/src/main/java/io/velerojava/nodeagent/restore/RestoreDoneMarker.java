package io.velerojava.nodeagent.restore;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.PodVolumeRestore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file {@code <volume>/.velero/<restoreUID>} that tells Velero's {@code restore-wait} init container a volume
 * is fully restored; once every restored volume of the pod has it, the init container deletes {@code .velero} and
 * exits, and the pod's own containers start on complete data.
 */
final class RestoreDoneMarker {

    static final String DIRECTORY = ".velero";

    private RestoreDoneMarker() {
    }

    /** Writes the marker after the data; the restore UID comes from the label or the owning Restore. */
    static Path write(Path volumeDirectory, PodVolumeRestore restore) throws IOException {
        Path directory = Files.createDirectories(volumeDirectory.resolve(DIRECTORY));
        Path marker = directory.resolve(restoreUid(restore));
        Files.write(marker, new byte[0]);
        return marker;
    }

    static String restoreUid(PodVolumeRestore restore) {
        Map<String, String> labels = restore.getMetadata().getLabels();
        Optional<String> fromLabel = Optional.ofNullable(labels == null ? null : labels.get(VeleroLabels.RESTORE_UID))
                .filter(uid -> !uid.isEmpty());
        List<OwnerReference> owners = restore.getMetadata().getOwnerReferences() == null ? List.of()
                : restore.getMetadata().getOwnerReferences();
        return fromLabel.or(() -> owners.stream().filter(owner -> "Restore".equals(owner.getKind()))
                        .map(OwnerReference::getUid).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("pod volume restore "
                        + restore.getMetadata().getName() + " names no restore: it has neither the label "
                        + VeleroLabels.RESTORE_UID + " nor a Restore owner"));
    }
}
