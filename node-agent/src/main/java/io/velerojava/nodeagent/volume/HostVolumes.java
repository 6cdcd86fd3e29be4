package io.velerojava.nodeagent.volume;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the directory of a pod volume on this node, where the kubelet mounted it:
 * {@code <hostPods>/<podUID>/volumes/<plugin>/<directory name>}, for whichever plugin directory holds it
 * ({@code kubernetes.io~empty-dir}, {@code kubernetes.io~csi}, ...). The node agent sees the kubelet's pods
 * directory at {@code hostPods}, a host path mount in a real cluster.
 */
public final class HostVolumes {

    private final KubernetesClient client;
    private final Path hostPods;

    public HostVolumes(KubernetesClient client, Path hostPods) {
        this.client = client;
        this.hostPods = hostPods;
    }

    /**
     * The volume's directory, or empty while no plugin directory holds it (the kubelet has not mounted it yet).
     *
     * @throws VolumeUnavailableException if the pod has no such volume, the volume cannot be backed up file by
     *                                    file, or its directory is ambiguous
     */
    public Optional<Path> find(Pod pod, String volumeName) throws VolumeUnavailableException {
        Volume volume = volumeOf(pod, volumeName);
        String directoryName = VolumeDirectoryName.of(volume, boundVolume(pod, volume));
        Path pluginsDirectory = hostPods.resolve(pod.getMetadata().getUid()).resolve("volumes");
        if (!Files.isDirectory(pluginsDirectory)) {
            return Optional.empty();
        }
        List<Path> matches;
        try (Stream<Path> plugins = Files.list(pluginsDirectory)) {
            matches = plugins.map(plugin -> plugin.resolve(directoryName)).filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pluginsDirectory, e);
        }
        if (matches.size() > 1) {
            throw new VolumeUnavailableException("volume " + volumeName + " of pod " + describe(pod)
                    + " matches several directories, expected one: " + matches);
        }
        return matches.stream().findFirst();
    }

    private static Volume volumeOf(Pod pod, String volumeName) throws VolumeUnavailableException {
        List<Volume> volumes = pod.getSpec() == null || pod.getSpec().getVolumes() == null ? List.of()
                : pod.getSpec().getVolumes();
        Optional<Volume> volume = volumes.stream().filter(candidate -> volumeName.equals(candidate.getName()))
                .findFirst();
        if (volume.isEmpty()) {
            throw new VolumeUnavailableException("pod " + describe(pod) + " has no volume named " + volumeName);
        }
        if (volume.get().getHostPath() != null) {
            throw new VolumeUnavailableException("volume " + volumeName + " of pod " + describe(pod)
                    + " is a hostPath volume, which file-system backup does not support");
        }
        return volume.get();
    }

    private Optional<PersistentVolume> boundVolume(Pod pod, Volume volume) throws VolumeUnavailableException {
        if (volume.getPersistentVolumeClaim() == null) {
            return Optional.empty();
        }
        String namespace = pod.getMetadata().getNamespace();
        String claimName = volume.getPersistentVolumeClaim().getClaimName();
        PersistentVolumeClaim claim = client.persistentVolumeClaims().inNamespace(namespace).withName(claimName)
                .get();
        if (claim == null) {
            throw new VolumeUnavailableException("PersistentVolumeClaim " + namespace + "/" + claimName
                    + " of volume " + volume.getName() + " does not exist");
        }
        String pvName = claim.getSpec() == null ? null : claim.getSpec().getVolumeName();
        if (pvName == null || pvName.isEmpty()) {
            throw new VolumeUnavailableException("PersistentVolumeClaim " + namespace + "/" + claimName
                    + " is not bound to a PersistentVolume yet");
        }
        if ("Block".equals(claim.getSpec().getVolumeMode())) {
            throw new VolumeUnavailableException("PersistentVolumeClaim " + namespace + "/" + claimName
                    + " is a block volume, which file-system backup does not support");
        }
        PersistentVolume pv = client.persistentVolumes().withName(pvName).get();
        if (pv == null) {
            throw new VolumeUnavailableException("PersistentVolume " + pvName + " bound to claim " + namespace
                    + "/" + claimName + " does not exist");
        }
        return Optional.of(pv);
    }

    private static String describe(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }
}
