package io.velerojava.engine.restore.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.engine.podvolume.PodVolumeRestoreAction;
import io.velerojava.engine.restore.ItemAction;
import io.velerojava.engine.restore.hooks.PodRestoreHooks;
import io.velerojava.engine.restore.modifier.ResourceModifiers;
import io.velerojava.engine.restore.pipeline.NamespaceProvisioner.Provisioning;
import java.util.List;
import java.util.Optional;

/**
 * Restores one planned item: reads it, prepares it for the target cluster, makes sure its namespace exists, lets
 * the pod-volume restore and the init-container hooks add their init containers (Velero's item actions), applies
 * the resource modifiers (after the item actions, as Velero), writes it, registers a created pod's exec hooks,
 * and records what happened. Safe to call from several workers at once.
 */
public final class ItemRestorer {

    private final ItemPreparation preparation;
    private final NamespaceProvisioner namespaces;
    private final ItemWriter writer;
    private final RestoreRecord record;
    private final PodVolumeRestoreAction podVolumes;
    private final PodRestoreHooks hooks;
    private final ResourceModifiers modifiers;

    public ItemRestorer(ItemPreparation preparation, NamespaceProvisioner namespaces, ItemWriter writer,
                        RestoreRecord record, PodVolumeRestoreAction podVolumes, PodRestoreHooks hooks,
                        ResourceModifiers modifiers) {
        this.preparation = preparation;
        this.namespaces = namespaces;
        this.writer = writer;
        this.record = record;
        this.podVolumes = podVolumes;
        this.hooks = hooks;
        this.modifiers = modifiers;
    }

    /** Why the backed-up item must not be restored, if it must not (a completed pod, say). */
    public Optional<String> skipReason(ServedResource resource, ObjectNode original) {
        return preparation.skipReason(resource.groupResource(), original);
    }

    /**
     * @param version  the API version to write the item in, one the target cluster serves
     * @param original the item as backed up, in that version, which {@link #skipReason} lets through
     * @return what was done
     */
    public ItemAction restore(ServedResource resource, String version, ObjectNode original, PlannedItem item) {
        ItemPreparation.Ready ready = preparation.prepare(resource, original, item.targetNamespace());
        if (item.targetNamespace().isPresent() && !ensureNamespace(item)) {
            recordAction(resource, version, ready.desired(), item, ItemAction.FAILED);
            return ItemAction.FAILED;
        }
        podVolumes.beforeCreate(resource.groupResource(), ready.desired(), item.sourceNamespace());
        hooks.beforeCreate(resource.groupResource(), ready.desired(), original, item.targetNamespace());
        List<String> modifierErrors = modifiers.apply(resource.groupResource(), ready.desired(), original);
        if (!modifierErrors.isEmpty()) {
            modifierErrors.forEach(error -> record.error(item.targetNamespace(), error));
            recordAction(resource, version, ready.desired(), item, ItemAction.FAILED);
            return ItemAction.FAILED;
        }
        ItemWriteResult result = writer.write(resource, version, ready.desired(), original, ready.status());
        if (result.action() == ItemAction.CREATED) {
            podVolumes.afterCreate(resource.groupResource(), ready.desired(), item.sourceNamespace());
            hooks.afterCreate(resource.groupResource(), ready.desired());
        }
        result.warning().ifPresent(warning -> record.warning(item.targetNamespace(), warning));
        result.error().ifPresent(error -> record.error(item.targetNamespace(), error));
        recordAction(resource, version, ready.desired(), item, result.action());
        return result.action();
    }

    private boolean ensureNamespace(PlannedItem item) {
        String target = item.targetNamespace().orElseThrow();
        try {
            if (namespaces.ensure(item.sourceNamespace().orElse(target), target) == Provisioning.CREATED) {
                record.resources().record("v1", "Namespace", Optional.empty(), target, ItemAction.CREATED);
                record.log().info("Created namespace " + target);
            }
            return true;
        } catch (RuntimeException e) {
            record.error(item.targetNamespace(), "error restoring " + item.item() + ": " + e.getMessage());
            return false;
        }
    }

    private void recordAction(ServedResource resource, String version, ObjectNode desired, PlannedItem item,
                              ItemAction action) {
        String kind = desired.path("kind").asText(resource.kind());
        String name = desired.path("metadata").path("name").asText(item.name());
        record.resources().record(resource.apiVersion(version), kind, item.targetNamespace(), name, action);
        record.log().info("Restore of " + kind + ", " + item.targetNamespace().map(ns -> ns + "/").orElse("")
                + name + ": " + action.value());
    }
}
