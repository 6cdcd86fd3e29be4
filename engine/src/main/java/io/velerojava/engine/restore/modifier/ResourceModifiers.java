package io.velerojava.engine.restore.modifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.api.VeleroLabels;
import io.velerojava.archive.GroupResource;
import io.velerojava.engine.restore.modifier.ItemPatch.PatchFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Velero's restore resource modifiers (facts §8.4): rules, read from a ConfigMap named by the Restore's
 * {@code spec.resourceModifier}, that patch items before they are created. Every rule whose conditions match is
 * applied, in order. As in Velero, the conditions of every rule see the item as it was before the first rule
 * changed it, in its backed-up namespace and without this restore's labels, while the patches apply one after
 * the other; the item then goes to its target namespace with the restore's labels whatever the patches did.
 * Thread-safe.
 */
public final class ResourceModifiers {

    public static final ResourceModifiers NONE = new ResourceModifiers(List.of());

    private static final List<String> RESTORE_LABELS = List.of(VeleroLabels.BACKUP_NAME, VeleroLabels.RESTORE_NAME);

    private final List<ResourceModifierRule> rules;

    private ResourceModifiers(List<ResourceModifierRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of a resource-modifier document ({@code version: v1}, {@code resourceModifierRules}). */
    public static ResourceModifiers parse(String document) throws InvalidResourceModifiersException {
        return new ResourceModifiers(ResourceModifierParser.parse(document));
    }

    /**
     * Applies the matching rules to {@code item}, the object about to be created from {@code backedUp}. On errors
     * the item is left unchanged and the errors are returned; a rule whose JSON Patch {@code test} does not hold
     * changes nothing, without an error.
     */
    public List<String> apply(GroupResource type, ObjectNode item, ObjectNode backedUp) {
        List<ResourceModifierRule> candidates = rules.stream().filter(rule -> rule.conditions().appliesTo(type))
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        ObjectNode patched = asBackedUp(item, backedUp);
        ObjectNode beforeRules = candidates.size() > 1 ? patched.deepCopy() : patched;
        List<String> errors = new ArrayList<>();
        for (ResourceModifierRule rule : candidates) {
            if (!rule.conditions().matches(beforeRules)) {
                continue;
            }
            try {
                Optional<ObjectNode> result = rule.patch().apply(patched);
                if (result.isPresent()) {
                    patched = result.get();
                }
            } catch (PatchFailedException e) {
                errors.add("resource modifier rule " + rule.number() + " (groupResource "
                        + rule.conditions().groupResource().glob() + ") cannot modify " + describe(backedUp) + ": "
                        + e.getMessage());
            }
        }
        if (errors.isEmpty()) {
            restoreTargetNamespaceAndLabels(patched, item);
            item.removeAll();
            item.setAll(patched);
        }
        return errors;
    }

    /** A copy of the item with its backed-up namespace and restore labels, as Velero's conditions see it. */
    private static ObjectNode asBackedUp(ObjectNode item, ObjectNode backedUp) {
        ObjectNode copy = item.deepCopy();
        ObjectNode metadata = copy.withObjectProperty("metadata");
        JsonNode namespace = backedUp.path("metadata").get("namespace");
        if (namespace == null) {
            metadata.remove("namespace");
        } else {
            metadata.set("namespace", namespace);
        }
        if (metadata.get("labels") instanceof ObjectNode labels) {
            JsonNode backedUpLabels = backedUp.path("metadata").path("labels");
            for (String label : RESTORE_LABELS) {
                if (backedUpLabels.has(label)) {
                    labels.set(label, backedUpLabels.get(label));
                } else {
                    labels.remove(label);
                }
            }
        }
        return copy;
    }

    private static void restoreTargetNamespaceAndLabels(ObjectNode patched, ObjectNode item) {
        ObjectNode metadata = patched.withObjectProperty("metadata");
        JsonNode target = item.path("metadata").get("namespace");
        if (target == null) {
            metadata.remove("namespace");
        } else {
            metadata.set("namespace", target);
        }
        JsonNode restoreLabels = item.path("metadata").path("labels");
        for (String label : RESTORE_LABELS) {
            if (restoreLabels.has(label)) {
                metadata.withObjectProperty("labels").set(label, restoreLabels.get(label));
            }
        }
    }

    private static String describe(ObjectNode backedUp) {
        JsonNode metadata = backedUp.path("metadata");
        String namespace = metadata.path("namespace").asText("");
        return backedUp.path("kind").asText("item") + " " + (namespace.isEmpty() ? "" : namespace + "/")
                + metadata.path("name").asText();
    }
}
