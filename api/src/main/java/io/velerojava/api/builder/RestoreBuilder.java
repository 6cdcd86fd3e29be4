package io.velerojava.api.builder;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.ExistingResourcePolicy;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestoreHooks;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.api.v1.RestoreResourceHookSpec;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.api.v1.RestoreStatus;
import io.velerojava.api.v1.RestoreStatusSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a {@link Restore}: {@code RestoreBuilder.forRestore("velero", "r1").backupName("b1").build()}. */
public final class RestoreBuilder extends KindBuilder<RestoreBuilder, Restore> {

    private RestoreBuilder(String namespace, String name) {
        super(new Restore(), namespace, name);
        resource.setSpec(new RestoreSpec());
    }

    public static RestoreBuilder forRestore(String namespace, String name) {
        return new RestoreBuilder(namespace, name);
    }

    public RestoreBuilder backupName(String backup) {
        spec().setBackupName(backup);
        return this;
    }

    public RestoreBuilder scheduleName(String schedule) {
        spec().setScheduleName(schedule);
        return this;
    }

    public RestoreBuilder includedNamespaces(String... namespaces) {
        spec().setIncludedNamespaces(appended(spec().getIncludedNamespaces(), namespaces));
        return this;
    }

    public RestoreBuilder excludedNamespaces(String... namespaces) {
        spec().setExcludedNamespaces(appended(spec().getExcludedNamespaces(), namespaces));
        return this;
    }

    public RestoreBuilder includedResources(String... resources) {
        spec().setIncludedResources(appended(spec().getIncludedResources(), resources));
        return this;
    }

    public RestoreBuilder excludedResources(String... resources) {
        spec().setExcludedResources(appended(spec().getExcludedResources(), resources));
        return this;
    }

    public RestoreBuilder includeClusterResources(Boolean include) {
        spec().setIncludeClusterResources(include);
        return this;
    }

    /** Restores items of namespace {@code source} into {@code target}. */
    public RestoreBuilder namespaceMapping(String source, String target) {
        Map<String, String> mapping = spec().getNamespaceMapping() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(spec().getNamespaceMapping());
        mapping.put(source, target);
        spec().setNamespaceMapping(mapping);
        return this;
    }

    public RestoreBuilder labelSelector(LabelSelector selector) {
        spec().setLabelSelector(selector);
        return this;
    }

    public RestoreBuilder orLabelSelectors(LabelSelector... selectors) {
        spec().setOrLabelSelectors(appended(spec().getOrLabelSelectors(), selectors));
        return this;
    }

    public RestoreBuilder restorePVs(Boolean restore) {
        spec().setRestorePVs(restore);
        return this;
    }

    public RestoreBuilder preserveNodePorts(Boolean preserve) {
        spec().setPreserveNodePorts(preserve);
        return this;
    }

    /** Resources whose {@code status} is restored too. */
    public RestoreBuilder restoreStatusOf(String... resources) {
        RestoreStatusSpec restoreStatus = spec().getRestoreStatus() == null ? new RestoreStatusSpec()
                : spec().getRestoreStatus();
        restoreStatus.setIncludedResources(appended(restoreStatus.getIncludedResources(), resources));
        spec().setRestoreStatus(restoreStatus);
        return this;
    }

    public RestoreBuilder existingResourcePolicy(ExistingResourcePolicy policy) {
        spec().setExistingResourcePolicy(policy);
        return this;
    }

    public RestoreBuilder itemOperationTimeout(String goDuration) {
        spec().setItemOperationTimeout(GoDuration.parse(goDuration));
        return this;
    }

    /** The ConfigMap (in the Velero namespace) holding resource modifiers. */
    public RestoreBuilder resourceModifier(String configMapName) {
        spec().setResourceModifier(new TypedLocalObjectReference(null, "configmap", configMapName));
        return this;
    }

    public RestoreBuilder hooks(RestoreResourceHookSpec... hooks) {
        RestoreHooks restoreHooks = spec().getHooks() == null ? new RestoreHooks() : spec().getHooks();
        restoreHooks.setResources(appended(restoreHooks.getResources(), hooks));
        spec().setHooks(restoreHooks);
        return this;
    }

    public RestoreBuilder phase(RestorePhase phase) {
        status().setPhase(phase);
        return this;
    }

    private RestoreSpec spec() {
        return resource.getSpec();
    }

    private RestoreStatus status() {
        if (resource.getStatus() == null) {
            resource.setStatus(new RestoreStatus());
        }
        return resource.getStatus();
    }
}
