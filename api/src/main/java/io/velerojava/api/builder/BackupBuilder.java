package io.velerojava.api.builder;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.GoDuration;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupHooks;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupResourceHookSpec;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.BackupStatus;
import io.velerojava.api.v1.Schedule;
import io.velerojava.api.v1.UploaderConfigForBackup;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a {@link Backup}: {@code BackupBuilder.forBackup("velero", "b1").includedNamespaces("app").ttl("72h").build()}. */
public final class BackupBuilder extends KindBuilder<BackupBuilder, Backup> {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private BackupBuilder(String namespace, String name) {
        super(new Backup(), namespace, name);
        resource.setSpec(new BackupSpec());
    }

    public static BackupBuilder forBackup(String namespace, String name) {
        return new BackupBuilder(namespace, name);
    }

    /**
     * A backup created by {@code schedule}, as Velero's schedule controller makes it: a copy of the template spec;
     * the template's {@code metadata.labels} if set, else the schedule's labels, plus
     * {@value VeleroLabels#SCHEDULE_NAME}; the schedule's annotations.
     */
    public static BackupBuilder fromSchedule(Schedule schedule, String name) {
        BackupBuilder builder = new BackupBuilder(schedule.getMetadata().getNamespace(), name);
        BackupSpec template = schedule.getSpec().getTemplate();
        if (template != null) {
            builder.resource.setSpec(SERIALIZATION.clone(template));
        }
        Map<String, String> labels = template != null && template.getMetadata() != null
                && template.getMetadata().getLabels() != null && !template.getMetadata().getLabels().isEmpty()
                ? template.getMetadata().getLabels() : schedule.getMetadata().getLabels();
        Map<String, String> backupLabels = labels == null ? new LinkedHashMap<>() : new LinkedHashMap<>(labels);
        backupLabels.put(VeleroLabels.SCHEDULE_NAME, schedule.getMetadata().getName());
        builder.metadata().setLabels(backupLabels);
        if (schedule.getMetadata().getAnnotations() != null) {
            builder.metadata().setAnnotations(new LinkedHashMap<>(schedule.getMetadata().getAnnotations()));
        }
        return builder;
    }

    public BackupBuilder includedNamespaces(String... namespaces) {
        spec().setIncludedNamespaces(appended(spec().getIncludedNamespaces(), namespaces));
        return this;
    }

    public BackupBuilder excludedNamespaces(String... namespaces) {
        spec().setExcludedNamespaces(appended(spec().getExcludedNamespaces(), namespaces));
        return this;
    }

    public BackupBuilder includedResources(String... resources) {
        spec().setIncludedResources(appended(spec().getIncludedResources(), resources));
        return this;
    }

    public BackupBuilder excludedResources(String... resources) {
        spec().setExcludedResources(appended(spec().getExcludedResources(), resources));
        return this;
    }

    public BackupBuilder includeClusterResources(Boolean include) {
        spec().setIncludeClusterResources(include);
        return this;
    }

    public BackupBuilder includedClusterScopedResources(String... resources) {
        spec().setIncludedClusterScopedResources(appended(spec().getIncludedClusterScopedResources(), resources));
        return this;
    }

    public BackupBuilder excludedClusterScopedResources(String... resources) {
        spec().setExcludedClusterScopedResources(appended(spec().getExcludedClusterScopedResources(), resources));
        return this;
    }

    public BackupBuilder includedNamespaceScopedResources(String... resources) {
        spec().setIncludedNamespaceScopedResources(appended(spec().getIncludedNamespaceScopedResources(), resources));
        return this;
    }

    public BackupBuilder excludedNamespaceScopedResources(String... resources) {
        spec().setExcludedNamespaceScopedResources(appended(spec().getExcludedNamespaceScopedResources(), resources));
        return this;
    }

    public BackupBuilder labelSelector(LabelSelector selector) {
        spec().setLabelSelector(selector);
        return this;
    }

    public BackupBuilder orLabelSelectors(LabelSelector... selectors) {
        spec().setOrLabelSelectors(appended(spec().getOrLabelSelectors(), selectors));
        return this;
    }

    public BackupBuilder snapshotVolumes(Boolean snapshot) {
        spec().setSnapshotVolumes(snapshot);
        return this;
    }

    /** A Go duration such as {@code 72h} or {@code 720h0m0s}. */
    public BackupBuilder ttl(String goDuration) {
        spec().setTtl(GoDuration.parse(goDuration));
        return this;
    }

    public BackupBuilder storageLocation(String location) {
        spec().setStorageLocation(location);
        return this;
    }

    public BackupBuilder volumeSnapshotLocations(String... locations) {
        spec().setVolumeSnapshotLocations(appended(spec().getVolumeSnapshotLocations(), locations));
        return this;
    }

    public BackupBuilder defaultVolumesToFsBackup(Boolean fsBackup) {
        spec().setDefaultVolumesToFsBackup(fsBackup);
        return this;
    }

    public BackupBuilder snapshotMoveData(Boolean moveData) {
        spec().setSnapshotMoveData(moveData);
        return this;
    }

    public BackupBuilder csiSnapshotTimeout(String goDuration) {
        spec().setCsiSnapshotTimeout(GoDuration.parse(goDuration));
        return this;
    }

    public BackupBuilder itemOperationTimeout(String goDuration) {
        spec().setItemOperationTimeout(GoDuration.parse(goDuration));
        return this;
    }

    /** Items of {@code resource} (e.g. {@code pods}) to back up first, as {@code ns/name} or {@code name}. */
    public BackupBuilder orderedResources(String resource, String commaSeparatedItems) {
        Map<String, String> ordered = spec().getOrderedResources() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(spec().getOrderedResources());
        ordered.put(resource, commaSeparatedItems);
        spec().setOrderedResources(ordered);
        return this;
    }

    /** The ConfigMap (in the Velero namespace) holding resource policies. */
    public BackupBuilder resourcePolicy(String configMapName) {
        spec().setResourcePolicy(new TypedLocalObjectReference(null, "configmap", configMapName));
        return this;
    }

    public BackupBuilder parallelFilesUpload(int parallelism) {
        UploaderConfigForBackup config = new UploaderConfigForBackup();
        config.setParallelFilesUpload(parallelism);
        spec().setUploaderConfig(config);
        return this;
    }

    public BackupBuilder hooks(BackupResourceHookSpec... hooks) {
        BackupHooks backupHooks = spec().getHooks() == null ? new BackupHooks() : spec().getHooks();
        backupHooks.setResources(appended(backupHooks.getResources(), hooks));
        spec().setHooks(backupHooks);
        return this;
    }

    public BackupBuilder phase(BackupPhase phase) {
        status().setPhase(phase);
        return this;
    }

    /** RFC3339. */
    public BackupBuilder startTimestamp(String rfc3339) {
        status().setStartTimestamp(rfc3339);
        return this;
    }

    /** RFC3339. */
    public BackupBuilder completionTimestamp(String rfc3339) {
        status().setCompletionTimestamp(rfc3339);
        return this;
    }

    /** RFC3339. */
    public BackupBuilder expiration(String rfc3339) {
        status().setExpiration(rfc3339);
        return this;
    }

    private BackupSpec spec() {
        return resource.getSpec();
    }

    private BackupStatus status() {
        if (resource.getStatus() == null) {
            resource.setStatus(new BackupStatus());
        }
        return resource.getStatus();
    }
}
