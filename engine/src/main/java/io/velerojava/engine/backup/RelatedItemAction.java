package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.velerojava.archive.GroupResource;
import java.util.List;

/**
 * A built-in backup item action that adds related items (Velero's "additional items"): what must be backed up
 * with an item of its type for a restore to work, such as the claims a pod mounts.
 */
interface RelatedItemAction {

    /** The type of items this action looks at. */
    GroupResource appliesTo();

    /** The items that belong with {@code item}; they may or may not exist. */
    List<ItemReference> relatedItems(GenericKubernetesResource item);
}
