package io.velerojava.server.sync;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Backup object a sync creates from a bucket's {@code velero-backup.json}, as Velero makes it: moved into the
 * server's namespace and onto the location it was found in, with the storage-location label, without the identity
 * of the cluster that wrote it (UID, resourceVersion, owner references to schedules that do not exist here).
 */
final class SyncedBackup {

    /** Phases in which the writing server was still working on the backup when it uploaded the metadata. */
    private static final Set<BackupPhase> UNFINISHED = Set.of(BackupPhase.WAITING_FOR_PLUGIN_OPERATIONS,
            BackupPhase.WAITING_FOR_PLUGIN_OPERATIONS_PARTIALLY_FAILED, BackupPhase.FINALIZING,
            BackupPhase.FINALIZING_PARTIALLY_FAILED);

    private SyncedBackup() {
    }

    /**
     * The backup to create, or empty when it is still being finished by its server and has not expired yet (it is
     * synced once done). An unfinished backup past its expiration will never be finished: it comes in as
     * {@code PartiallyFailed}.
     *
     * @param ownerExists whether an owner reference names an existing object of this cluster
     */
    static Optional<Backup> of(Backup stored, String namespace, String location, Instant now,
            Predicate<OwnerReference> ownerExists) {
        BackupPhase phase = stored.getStatus() == null ? null : stored.getStatus().getPhase();
        if (phase != null && UNFINISHED.contains(phase)) {
            Optional<Instant> expiration = Optional.ofNullable(stored.getStatus().getExpiration())
                    .filter(text -> !text.isBlank()).map(Instant::parse);
            if (expiration.isEmpty() || expiration.get().isAfter(now)) {
                return Optional.empty();
            }
            stored.getStatus().setPhase(BackupPhase.PARTIALLY_FAILED);
        }
        ObjectMeta source = stored.getMetadata();
        ObjectMeta metadata = new ObjectMeta();
        metadata.setName(source.getName());
        metadata.setNamespace(namespace);
        Map<String, String> labels = source.getLabels() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(source.getLabels());
        labels.put(VeleroLabels.STORAGE_LOCATION, VeleroLabels.validValue(location));
        metadata.setLabels(labels);
        Map<String, String> annotations = source.getAnnotations() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(source.getAnnotations());
        annotations.put(VeleroAnnotations.SYNCED_FROM_LOCATION, location);
        metadata.setAnnotations(annotations);
        List<OwnerReference> owners = source.getOwnerReferences() == null ? List.of()
                : source.getOwnerReferences().stream().filter(ownerExists).toList();
        metadata.setOwnerReferences(owners.isEmpty() ? null : owners);
        stored.setMetadata(metadata);
        if (stored.getSpec() == null) {
            stored.setSpec(new BackupSpec());
        }
        stored.getSpec().setStorageLocation(location);
        return Optional.of(stored);
    }
}
