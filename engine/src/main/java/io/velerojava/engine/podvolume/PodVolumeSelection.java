package io.velerojava.engine.podvolume;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.velerojava.api.VeleroAnnotations;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which volumes of a pod are backed up file by file, by Velero's rules: opt-in lists them in the pod annotation
 * {@code backup.velero.io/backup-volumes}; with {@code defaultVolumesToFsBackup} every volume is, except those in
 * {@code backup.velero.io/backup-volumes-excludes} and those holding no data of their own (hostPath, Secret,
 * ConfigMap, projected, downward API and legacy service account token volumes).
 */
public final class PodVolumeSelection {

    private PodVolumeSelection() {
    }

    /** The names of the volumes to back up, in the pod's order; opted-in names the pod lacks are left out. */
    public static List<String> volumesToBackUp(Pod pod, boolean defaultVolumesToFsBackup) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations() == null ? Map.of()
                : pod.getMetadata().getAnnotations();
        List<Volume> volumes = pod.getSpec() == null || pod.getSpec().getVolumes() == null ? List.of()
                : pod.getSpec().getVolumes();
        if (!defaultVolumesToFsBackup) {
            Set<String> optedIn = names(annotations.get(VeleroAnnotations.BACKUP_VOLUMES));
            return volumes.stream().map(Volume::getName).filter(optedIn::contains).toList();
        }
        Set<String> excluded = names(annotations.get(VeleroAnnotations.BACKUP_VOLUMES_EXCLUDES));
        return volumes.stream()
                .filter(volume -> !excluded.contains(volume.getName()) && holdsData(volume))
                .map(Volume::getName)
                .toList();
    }

    /** The opted-in names the pod has no volume for; the backup warns about them. */
    public static List<String> unknownOptedInVolumes(Pod pod) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations() == null ? Map.of()
                : pod.getMetadata().getAnnotations();
        Set<String> podVolumes = pod.getSpec() == null || pod.getSpec().getVolumes() == null ? Set.of()
                : pod.getSpec().getVolumes().stream().map(Volume::getName).collect(Collectors.toSet());
        return names(annotations.get(VeleroAnnotations.BACKUP_VOLUMES)).stream()
                .filter(name -> !podVolumes.contains(name)).sorted().toList();
    }

    private static boolean holdsData(Volume volume) {
        return volume.getHostPath() == null && volume.getSecret() == null && volume.getConfigMap() == null
                && volume.getProjected() == null && volume.getDownwardAPI() == null
                && !volume.getName().startsWith("default-token");
    }

    private static Set<String> names(String commaList) {
        if (commaList == null || commaList.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaList.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
    }
}
