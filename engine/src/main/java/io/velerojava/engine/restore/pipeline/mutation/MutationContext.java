package io.velerojava.engine.restore.pipeline.mutation;

import java.util.Map;
import java.util.Set;

/**
 * What the built-in mutations need to know about the restore.
 *
 * @param namespaceMapping  source to target namespaces
 * @param preserveNodePorts {@code spec.preserveNodePorts}
 * @param pvsToProvision    names of PersistentVolumes not restored because their PVCs provision new ones
 */
public record MutationContext(Map<String, String> namespaceMapping, boolean preserveNodePorts,
                              Set<String> pvsToProvision) {

    public String targetNamespace(String sourceNamespace) {
        return namespaceMapping.getOrDefault(sourceNamespace, sourceNamespace);
    }
}
