package io.velerojava.nodeagent.backup;

import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.v1.PodVolumeBackup;
import java.util.HashMap;
import java.util.Map;

/**
 * What a volume's snapshot is labelled with in the repository: the PodVolumeBackup's tags plus the source
 * {@code <namespace>/<pod>/<claim or volume>} (Velero's snapshot source), by which the next backup of the same
 * volume finds its parent and so reads only what changed.
 */
record SnapshotSource(String source, Map<String, String> labels) {

    static final String SOURCE_LABEL = "source";

    SnapshotSource {
        labels = Map.copyOf(labels);
    }

    static SnapshotSource of(PodVolumeBackup backup) {
        Map<String, String> annotations = backup.getMetadata().getAnnotations();
        String claim = annotations == null ? null : annotations.get(VeleroAnnotations.PVC_NAME);
        String source = backup.getSpec().getPod().getNamespace() + "/" + backup.getSpec().getPod().getName() + "/"
                + (claim == null || claim.isEmpty() ? backup.getSpec().getVolume() : claim);
        Map<String, String> labels = new HashMap<>();
        if (backup.getSpec().getTags() != null) {
            labels.putAll(backup.getSpec().getTags());
        }
        labels.put(SOURCE_LABEL, source);
        return new SnapshotSource(source, labels);
    }

    Map<String, String> parentFilter() {
        return Map.of(SOURCE_LABEL, source);
    }
}
