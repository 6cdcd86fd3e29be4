package io.velerojava.engine.restore.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.archive.ExtractedBackup;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import io.velerojava.archive.ItemPath;
import io.velerojava.archive.VersionDirectory;
import io.velerojava.engine.restore.ItemAction;
import io.velerojava.engine.restore.RestoreResourcePriorities;
import io.velerojava.engine.restore.pipeline.NamespaceProvisioner.Provisioning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * One restore of an extracted backup into the cluster: selects the items, then restores them tier by tier (CRDs
 * first, then waits for them), items of a tier concurrently on the given workers. An item's
 * {@link AdditionalItems} are restored by its worker just before it, whatever their tier.
 */
public final class RestoreRun {

    private final ExtractedBackup backup;
    private final RestoreSelection selection;
    private final RestoreResourcePriorities priorities;
    private final TargetDiscovery discovery;
    private final NamespaceProvisioner namespaces;
    private final ItemRestorer restorer;
    private final CrdEstablishment crds;
    private final ProgressReporter progress;
    private final RestoreRecord record;
    private final ExecutorService workers;
    private final RestoredItems restoredItems = new RestoredItems(AdditionalItems.TYPES);

    public RestoreRun(ExtractedBackup backup, RestoreSelection selection, RestoreResourcePriorities priorities,
                      TargetDiscovery discovery, NamespaceProvisioner namespaces, ItemRestorer restorer,
                      CrdEstablishment crds, ProgressReporter progress, RestoreRecord record,
                      ExecutorService workers) {
        this.backup = backup;
        this.selection = selection;
        this.priorities = priorities;
        this.discovery = discovery;
        this.namespaces = namespaces;
        this.restorer = restorer;
        this.crds = crds;
        this.progress = progress;
        this.record = record;
        this.workers = workers;
    }

    public void execute() throws InterruptedException {
        Map<GroupResource, List<ItemKey>> selected = select();
        progress.start(selected.values().stream().mapToInt(List::size).sum());
        Set<GroupResource> types = selected.keySet();
        List<RestoreTier> tiers = RestoreTier.split(priorities.order(types),
                types.stream().filter(type -> priorities.isPrioritized(type, types))
                        .collect(Collectors.toSet()));
        for (RestoreTier tier : tiers) {
            record.log().info("Restoring " + tier.types() + ": " + tier.types().stream()
                    .mapToInt(type -> selected.get(type).size()).sum() + " items");
            if (tier.types().equals(List.of(RestoreSelection.NAMESPACES))) {
                restoreNamespaces(selected.get(RestoreSelection.NAMESPACES));
            } else {
                restoreTier(tier, selected);
            }
        }
        progress.finish();
    }

    /** The items that pass the filters, by type; reads each item once for the label selectors. */
    private Map<GroupResource, List<ItemKey>> select() {
        Map<GroupResource, List<ItemKey>> selected = new LinkedHashMap<>();
        for (GroupResource type : backup.groupResources()) {
            if (!selection.includesType(type)) {
                continue;
            }
            List<ItemKey> items = new ArrayList<>();
            for (ItemKey item : backup.items(type)) {
                if (selection.includesItem(item) && (!selection.hasLabelSelectors() || matchesLabels(item))) {
                    items.add(item);
                }
            }
            if (!items.isEmpty()) {
                selected.put(type, items);
            }
        }
        return selected;
    }

    private boolean matchesLabels(ItemKey item) {
        try {
            return selection.matchesLabels(backup.readObject(item));
        } catch (IOException | RuntimeException e) {
            record.error(item.namespace().map(selection::targetNamespace), "error restoring " + item
                    + ": cannot read it from the backup: " + e.getMessage());
            return false;
        }
    }

    /** Namespaces are made to exist, from their backed-up labels and annotations, not restored as items. */
    private void restoreNamespaces(List<ItemKey> items) throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (ItemKey item : items) {
            running.add(workers.submit(() -> restoreNamespace(item)));
        }
        awaitAll(running);
    }

    private void restoreNamespace(ItemKey item) {
        String target = selection.targetNamespace(item.name());
        try {
            if (namespaces.ensure(item.name(), target) == Provisioning.CREATED) {
                record.resources().record("v1", "Namespace", Optional.empty(), target, ItemAction.CREATED);
                record.log().info("Created namespace " + target);
            }
        } catch (RuntimeException e) {
            record.veleroError("error restoring namespace " + target + ": " + e.getMessage());
        } finally {
            progress.itemProcessed();
        }
    }

    private void awaitAll(List<? extends Future<?>> running) throws InterruptedException {
        for (Future<?> task : running) {
            try {
                task.get();
            } catch (ExecutionException e) {
                record.veleroError("unexpected error restoring an item: " + e.getCause());
            }
        }
    }

    private void restoreTier(RestoreTier tier, Map<GroupResource, List<ItemKey>> selected)
            throws InterruptedException {
        List<Future<Optional<ItemAction>>> running = new ArrayList<>();
        List<String> restoredCrds = new ArrayList<>();
        for (GroupResource type : tier.types()) {
            List<ItemKey> items = selected.get(type);
            Optional<ServedResource> served = discovery.find(type);
            if (served.isEmpty()) {
                skipUnserved(type, items);
                continue;
            }
            for (ItemKey item : items) {
                running.add(workers.submit(() -> restoreItem(served.get(), item, restoredCrds)));
            }
        }
        awaitAll(running);
        if (!restoredCrds.isEmpty()) {
            restoredCrds.forEach(this::awaitEstablished);
            discovery.refresh();
        }
    }

    private Optional<ItemAction> restoreItem(ServedResource resource, ItemKey item, List<String> restoredCrds) {
        try {
            Optional<ItemAction> action = restoreOnce(resource, item);
            if (resource.groupResource().equals(RestoreResourcePriorities.CUSTOM_RESOURCE_DEFINITIONS)
                    && action.filter(a -> a == ItemAction.CREATED || a == ItemAction.UPDATED).isPresent()) {
                synchronized (restoredCrds) {
                    restoredCrds.add(item.name());
                }
            }
            return action;
        } finally {
            progress.itemProcessed();
        }
    }

    /** Restores the item unless this run already did, as another item's additional item. */
    private Optional<ItemAction> restoreOnce(ServedResource resource, ItemKey item) {
        ItemKey target = targetKey(item);
        if (!restoredItems.start(target)) {
            return Optional.empty();
        }
        try {
            return restoreFromBackup(resource, item);
        } finally {
            restoredItems.finish(target);
        }
    }

    /**
     * Reads the item, skips it if it must not come back, restores the items it brings along, then the item
     * itself; empty if it was skipped.
     */
    private Optional<ItemAction> restoreFromBackup(ServedResource resource, ItemKey item) {
        Optional<String> target = item.namespace().map(selection::targetNamespace);
        try {
            Optional<ServedCopy> copy = servedCopy(resource, item);
            if (copy.isEmpty()) {
                record.error(target, "error restoring " + item + ": the target cluster serves "
                        + resource.groupResource() + " only in versions " + resource.servedVersions()
                        + ", and the backup has no copy of the item in any of them");
                record.resources().record(resource.apiVersion(resource.preferredVersion()), resource.kind(), target,
                        item.name(), ItemAction.FAILED);
                return Optional.of(ItemAction.FAILED);
            }
            ObjectNode object = copy.get().object();
            Optional<String> skip = restorer.skipReason(resource, object);
            if (skip.isPresent()) {
                record.log().info("Skipping restore of " + item + ": " + skip.get());
                return Optional.empty();
            }
            for (ItemKey additional : AdditionalItems.of(item, object)) {
                restoreAdditional(additional, item);
            }
            return Optional.of(restorer.restore(resource, copy.get().version(), object, new PlannedItem(item, target)));
        } catch (IOException | RuntimeException e) {
            record.error(target, "error restoring " + item + ": " + e.getMessage());
            return Optional.of(ItemAction.FAILED);
        }
    }

    /**
     * Restores an item that {@code requiredBy} brings along, before it, unless the filters leave it out or this
     * run restored it already (then waits until that restore has finished).
     */
    private void restoreAdditional(ItemKey additional, ItemKey requiredBy) {
        Optional<String> target = additional.namespace().map(selection::targetNamespace);
        if (!selection.includesAdditionalItem(additional)) {
            record.log().info("Not restoring " + additional + ", which " + requiredBy
                    + " brings along: the restore's filters exclude it");
            return;
        }
        if (!backup.contains(additional)) {
            record.warning(target, "unable to restore additional item " + additional + " of " + requiredBy
                    + ": it is not in the backup");
            return;
        }
        Optional<ServedResource> served = discovery.find(additional.groupResource());
        if (served.isEmpty()) {
            record.warning(target, "unable to restore additional item " + additional + " of " + requiredBy
                    + ": the target cluster does not serve " + additional.groupResource());
            return;
        }
        ItemKey targetKey = targetKey(additional);
        if (!restoredItems.start(targetKey)) {
            restoredItems.awaitFinished(targetKey);
            return;
        }
        try {
            record.log().info("Restoring " + additional + ", which " + requiredBy + " brings along");
            restoreFromBackup(served.get(), additional);
            progress.additionalItemProcessed();
        } finally {
            restoredItems.finish(targetKey);
        }
    }

    /** Where the item is restored to: its type, target namespace and name. */
    private ItemKey targetKey(ItemKey item) {
        return new ItemKey(item.groupResource(), item.namespace().map(selection::targetNamespace), item.name());
    }

    /** A copy of an item in a version the target cluster serves. */
    private record ServedCopy(String version, ObjectNode object) {
    }

    /**
     * The copy of the item to restore: the legacy copy if the cluster serves its version, otherwise a copy in a
     * version directory the cluster serves, the cluster's preferred version first.
     */
    private Optional<ServedCopy> servedCopy(ServedResource resource, ItemKey item) throws IOException {
        ObjectNode legacy = backup.readObject(item);
        String apiVersion = legacy.path("apiVersion").asText();
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        if (resource.serves(version)) {
            return Optional.of(new ServedCopy(version, legacy));
        }
        for (String served : resource.servedVersions()) {
            for (VersionDirectory directory : List.of(VersionDirectory.preferred(served),
                    VersionDirectory.nonPreferred(served))) {
                ItemPath copy = ItemPath.versioned(item, directory);
                if (backup.contains(copy)) {
                    return Optional.of(new ServedCopy(served, backup.readObject(copy)));
                }
            }
        }
        return Optional.empty();
    }

    private void skipUnserved(GroupResource type, List<ItemKey> items) {
        Set<String> namespacesOfItems = new TreeSet<>();
        for (ItemKey item : items) {
            item.namespace().map(selection::targetNamespace).ifPresent(namespacesOfItems::add);
            progress.itemProcessed();
        }
        String message = "skipped " + items.size() + " " + type + " item(s): the target cluster does not serve "
                + type + " (is its CRD or API service missing?)";
        if (namespacesOfItems.isEmpty()) {
            record.warning(Optional.empty(), message);
        } else {
            namespacesOfItems.forEach(namespace -> record.warning(Optional.of(namespace), message));
        }
    }

    private void awaitEstablished(String crdName) {
        try {
            crds.await(crdName);
        } catch (CrdNotEstablishedException e) {
            record.warning(Optional.empty(), e.getMessage());
        }
    }
}
