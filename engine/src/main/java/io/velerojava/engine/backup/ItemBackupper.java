package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.velerojava.api.VeleroLabels;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import io.velerojava.archive.TarballWriter;
import io.velerojava.engine.discovery.ApiResource;
import io.velerojava.engine.podvolume.PodVolumeBackupAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backs up one item: skips what Velero skips (items labelled {@code velero.io/exclude-from-backup=true}, items
 * being deleted), records it in the resource list (which also makes sure each item is stored once), and writes its
 * JSON, exactly as the API server served it, to the tarball, then backs up the related items the built-in actions
 * name. Thread-safe; the tarball writer serializes writes.
 */
final class ItemBackupper {

    /** The type whose items the pod volume action reads. */
    private static final GroupResource PODS = GroupResource.core("pods");

    private final TarballWriter tarball;
    private final ResourceListBuilder resourceList;
    private final BackupLog log;
    private final PodVolumeBackupAction podVolumes;
    private final RelatedItems relatedItems;
    private final AtomicInteger found = new AtomicInteger();
    private final AtomicInteger backedUp = new AtomicInteger();
    private final Set<String> namespacesWithItems = ConcurrentHashMap.newKeySet();
    private final Set<GroupResource> typesWithItems = ConcurrentHashMap.newKeySet();

    ItemBackupper(TarballWriter tarball, ResourceListBuilder resourceList, BackupLog log,
            PodVolumeBackupAction podVolumes, RelatedItems relatedItems) {
        this.tarball = tarball;
        this.resourceList = resourceList;
        this.log = log;
        this.podVolumes = podVolumes;
        this.relatedItems = relatedItems;
    }

    /** Backs the item up unless it is skipped; failures go to the backup log as errors of the item's scope. */
    void backUp(ApiResource resource, BackupItem item) {
        Optional<String> namespace = resource.namespaced() ? item.namespace() : Optional.empty();
        String described = resource.groupResource() + " " + namespace.map(ns -> ns + "/").orElse("") + item.name();
        if (item.excludedByLabel()) {
            log.info("Skipping " + described + " because it is labelled " + VeleroLabels.EXCLUDE_FROM_BACKUP + "=true");
            return;
        }
        if (item.beingDeleted()) {
            log.info("Skipping " + described + " because it is being deleted");
            return;
        }
        if (!resourceList.add(resource.apiVersion(), resource.kind(), namespace, item.name())) {
            return;
        }
        ItemKey key;
        try {
            key = new ItemKey(resource.groupResource(), namespace, item.name());
        } catch (RuntimeException e) {
            log.error(ResultScope.ofItem(namespace), "error backing up " + described + ": " + e.getMessage());
            return;
        }
        try {
            tarball.writeItem(key, item.json(), resource.version());
        } catch (IOException e) {
            // The tarball is unusable after a failed write, so the whole backup fails.
            throw new UncheckedIOException("cannot write " + described + " to the backup tarball", e);
        }
        backedUp.incrementAndGet();
        namespace.ifPresent(namespacesWithItems::add);
        typesWithItems.add(resource.groupResource());
        log.debug("Backed up " + described);
        // Only these types are read as objects; every other item goes to the tarball as the bytes it was listed as.
        if (runsActionsOn(resource)) {
            GenericKubernetesResource object;
            try {
                object = item.object();
            } catch (RuntimeException e) {
                log.error(ResultScope.ofItem(namespace), "error reading " + described + ": " + e.getMessage());
                return;
            }
            podVolumes.afterItemBackedUp(resource.groupResource(), object);
            backUpRelatedItems(resource, object);
        }
    }

    /** Whether items of this type go through actions: related items, pod volumes. */
    boolean runsActionsOn(ApiResource resource) {
        return relatedItems.hasActionFor(resource) || PODS.equals(resource.groupResource());
    }

    /** The items the built-in actions add, each backed up once and with its own related items in turn. */
    private void backUpRelatedItems(ApiResource resource, GenericKubernetesResource item) {
        for (RelatedItems.Admitted related : relatedItems.of(resource, item)) {
            ApiResource type = related.resource();
            ItemReference reference = related.reference();
            if (resourceList.contains(type.apiVersion(), type.kind(), reference.namespace(), reference.name())) {
                continue;
            }
            relatedItems.fetch(related).ifPresent(found -> {
                log.info("Adding " + reference + " related to " + resource.groupResource() + " "
                        + item.getMetadata().getName());
                found();
                backUp(type, BackupItem.of(type.apiVersion(), type.kind(), found));
            });
        }
    }

    /** The resource types at least one item was backed up of. */
    Set<GroupResource> typesWithItems() {
        return Set.copyOf(typesWithItems);
    }

    /**
     * Counts a listed item unless it was backed up already (as a related item, or first as orderedResources
     * says); returns whether it is new.
     */
    boolean found(ApiResource resource, BackupItem item) {
        Optional<String> namespace = resource.namespaced() ? item.namespace() : Optional.empty();
        if (resourceList.contains(resource.apiVersion(), resource.kind(), namespace, item.name())) {
            return false;
        }
        found();
        return true;
    }

    /** Counts an item found by listing or as a related item, before it is backed up or skipped. */
    void found() {
        found.incrementAndGet();
    }

    int itemsFound() {
        return found.get();
    }

    int itemsBackedUp() {
        return backedUp.get();
    }

    /** The namespaces at least one backed-up item lives in. */
    Set<String> namespacesWithItems() {
        return Set.copyOf(namespacesWithItems);
    }
}
