package io.velerojava.cli.restore;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.ExistingResourcePolicy;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.api.v1.RestoreStatusSpec;
import io.velerojava.api.v1.UploaderConfigForRestore;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Restore {@code velero restore create} submits, from its flags; kept free of I/O so it is tested directly.
 */
record RestoreRequest(
        Optional<String> name,
        Optional<String> fromBackup,
        Optional<String> fromSchedule,
        List<String> includeNamespaces,
        List<String> excludeNamespaces,
        Map<String, String> namespaceMappings,
        List<String> includeResources,
        List<String> excludeResources,
        Optional<ExistingResourcePolicy> existingResourcePolicy,
        List<String> statusIncludeResources,
        List<String> statusExcludeResources,
        Optional<LabelSelector> selector,
        List<LabelSelector> orSelectors,
        Optional<Boolean> restoreVolumes,
        Optional<Boolean> preserveNodePorts,
        Optional<Boolean> includeClusterResources,
        Map<String, String> labels,
        Map<String, String> annotations,
        Optional<GoDuration> itemOperationTimeout,
        Optional<String> resourceModifierConfigMap,
        Optional<Boolean> writeSparseFiles,
        int parallelFilesDownload) {

    private static final DateTimeFormatter NAME_TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /**
     * The Restore in {@code namespace}, named {@code <backup or schedule>-<local time yyyyMMddHHmmss>} unless
     * named explicitly.
     *
     * @throws IllegalArgumentException if the flags contradict each other, with what to change
     */
    Restore toRestore(String namespace, LocalDateTime now) {
        if (fromBackup.isPresent() == fromSchedule.isPresent()) {
            throw new IllegalArgumentException("either a backup or schedule must be specified, but not both;"
                    + " use --from-backup or --from-schedule");
        }
        if (selector.isPresent() && !orSelectors.isEmpty()) {
            throw new IllegalArgumentException("either a 'selector' or an 'or-selector' can be specified, but not both");
        }
        if (parallelFilesDownload < 0) {
            throw new IllegalArgumentException("--parallel-files-download must not be negative, got "
                    + parallelFilesDownload);
        }
        String source = fromBackup.or(() -> fromSchedule).orElseThrow();
        Restore restore = new Restore();
        restore.getMetadata().setNamespace(namespace);
        restore.getMetadata().setName(name.orElse(source + "-" + NAME_TIMESTAMP.format(now)));
        restore.getMetadata().setLabels(labels.isEmpty() ? null : new LinkedHashMap<>(labels));
        restore.getMetadata().setAnnotations(annotations.isEmpty() ? null : new LinkedHashMap<>(annotations));
        restore.setSpec(spec());
        return restore;
    }

    private RestoreSpec spec() {
        RestoreSpec spec = new RestoreSpec();
        spec.setBackupName(fromBackup.orElse(""));
        spec.setScheduleName(fromSchedule.orElse(""));
        spec.setIncludedNamespaces(includeNamespaces);
        spec.setExcludedNamespaces(excludeNamespaces);
        spec.setNamespaceMapping(namespaceMappings.isEmpty() ? null : namespaceMappings);
        spec.setIncludedResources(includeResources);
        spec.setExcludedResources(excludeResources);
        existingResourcePolicy.ifPresent(spec::setExistingResourcePolicy);
        if (!statusIncludeResources.isEmpty() || !statusExcludeResources.isEmpty()) {
            RestoreStatusSpec status = new RestoreStatusSpec();
            status.setIncludedResources(statusIncludeResources);
            status.setExcludedResources(statusExcludeResources);
            spec.setRestoreStatus(status);
        }
        selector.ifPresent(spec::setLabelSelector);
        spec.setOrLabelSelectors(orSelectors.isEmpty() ? null : orSelectors);
        spec.setRestorePVs(restoreVolumes.orElse(null));
        spec.setPreserveNodePorts(preserveNodePorts.orElse(null));
        spec.setIncludeClusterResources(includeClusterResources.orElse(null));
        spec.setItemOperationTimeout(itemOperationTimeout.orElse(GoDuration.ZERO));
        resourceModifierConfigMap.ifPresent(configMap -> {
            TypedLocalObjectReference reference = new TypedLocalObjectReference();
            reference.setKind("configmap");
            reference.setName(configMap);
            spec.setResourceModifier(reference);
        });
        // Velero's CLI always sends the uploader config.
        UploaderConfigForRestore uploader = new UploaderConfigForRestore();
        uploader.setWriteSparseFiles(writeSparseFiles.orElse(false));
        uploader.setParallelFilesDownload(parallelFilesDownload);
        spec.setUploaderConfig(uploader);
        return spec;
    }

    /** Parses {@code src1:dst1,src2:dst2}. */
    static Map<String, String> parseNamespaceMappings(String value) {
        Map<String, String> mappings = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            String trimmed = pair.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("invalid namespace mapping \"" + trimmed
                        + "\"; use source:target pairs separated by commas, e.g. prod:staging,db:db-copy");
            }
            mappings.put(parts[0].trim(), parts[1].trim());
        }
        return mappings;
    }
}
