package io.velerojava.api.validation;

import io.velerojava.api.v1.BackupResourceHook;
import io.velerojava.api.v1.BackupResourceHookSpec;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.ExecHook;
import io.velerojava.api.v1.HookErrorMode;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checks Velero's backup controller makes on a Backup's spec before it runs it (those that need no cluster
 * access), returning every problem at once.
 */
public final class BackupSpecValidator {

    private BackupSpecValidator() {
    }

    /** Every problem of the spec as "{@code <field path>: <problem>}"; empty when it is valid. */
    public static List<String> validate(BackupSpec spec) {
        FieldErrors errors = new FieldErrors();
        validate(errors, "spec", spec);
        return errors.toList();
    }

    /** Also used for a Schedule's template, under {@code spec.template}. */
    static void validate(FieldErrors errors, String prefix, BackupSpec spec) {
        if (spec == null) {
            return;
        }
        NamespaceRules.checkIncludesExcludes(errors, prefix + ".includedNamespaces", spec.getIncludedNamespaces(),
                prefix + ".excludedNamespaces", spec.getExcludedNamespaces());
        checkResourceFilters(errors, prefix, spec);
        SelectorRules.checkSelectors(errors, prefix, spec.getLabelSelector(), spec.getOrLabelSelectors());
        OrderedResourcesRules.check(errors, prefix + ".orderedResources", spec.getOrderedResources());
        errors.checkDuration(prefix + ".ttl", spec.getTtl());
        errors.checkDuration(prefix + ".csiSnapshotTimeout", spec.getCsiSnapshotTimeout());
        errors.checkDuration(prefix + ".itemOperationTimeout", spec.getItemOperationTimeout());
        ConfigMapReferences.check(errors, prefix + ".resourcePolicy", spec.getResourcePolicy());
        if (spec.getUploaderConfig() != null) {
            errors.checkNotNegative(prefix + ".uploaderConfig.parallelFilesUpload",
                    spec.getUploaderConfig().getParallelFilesUpload());
        }
        if (spec.getHooks() != null && spec.getHooks().getResources() != null) {
            List<BackupResourceHookSpec> hooks = spec.getHooks().getResources();
            for (int i = 0; i < hooks.size(); i++) {
                checkHookSpec(errors, prefix + ".hooks.resources[" + i + "]", hooks.get(i));
            }
        }
    }

    private static void checkResourceFilters(FieldErrors errors, String prefix, BackupSpec spec) {
        boolean oldFilters = isSet(spec.getIncludedResources()) || isSet(spec.getExcludedResources())
                || spec.getIncludeClusterResources() != null;
        boolean scopedFilters = Stream.of(spec.getIncludedClusterScopedResources(),
                spec.getExcludedClusterScopedResources(), spec.getIncludedNamespaceScopedResources(),
                spec.getExcludedNamespaceScopedResources()).anyMatch(BackupSpecValidator::isSet);
        if (oldFilters && scopedFilters) {
            errors.add(prefix, "includedResources, excludedResources and includeClusterResources cannot be combined "
                    + "with includedClusterScopedResources, excludedClusterScopedResources, "
                    + "includedNamespaceScopedResources or excludedNamespaceScopedResources; use one set of filters");
        }
        IncludeExcludeRules.checkResources(errors, prefix + ".includedResources", spec.getIncludedResources(),
                prefix + ".excludedResources", spec.getExcludedResources());
        IncludeExcludeRules.checkScopedResources(errors, prefix + ".includedClusterScopedResources",
                spec.getIncludedClusterScopedResources(), prefix + ".excludedClusterScopedResources",
                spec.getExcludedClusterScopedResources());
        IncludeExcludeRules.checkScopedResources(errors, prefix + ".includedNamespaceScopedResources",
                spec.getIncludedNamespaceScopedResources(), prefix + ".excludedNamespaceScopedResources",
                spec.getExcludedNamespaceScopedResources());
    }

    private static void checkHookSpec(FieldErrors errors, String path, BackupResourceHookSpec hook) {
        errors.requireText(path + ".name", hook.getName(), "; name the hook so that its results can be told apart");
        NamespaceRules.checkIncludesExcludes(errors, path + ".includedNamespaces", hook.getIncludedNamespaces(),
                path + ".excludedNamespaces", hook.getExcludedNamespaces());
        IncludeExcludeRules.checkResources(errors, path + ".includedResources", hook.getIncludedResources(),
                path + ".excludedResources", hook.getExcludedResources());
        SelectorRules.checkSelector(errors, path + ".labelSelector", hook.getLabelSelector());
        checkHooks(errors, path + ".pre", hook.getPre());
        checkHooks(errors, path + ".post", hook.getPost());
    }

    private static void checkHooks(FieldErrors errors, String path, List<BackupResourceHook> hooks) {
        if (hooks == null) {
            return;
        }
        for (int i = 0; i < hooks.size(); i++) {
            String at = path + "[" + i + "].exec";
            ExecHook exec = hooks.get(i).getExec();
            if (exec == null) {
                errors.add(at, "required");
                continue;
            }
            if (exec.getCommand() == null || exec.getCommand().isEmpty()) {
                errors.add(at + ".command", "must have at least one entry");
            }
            errors.checkKnown(at + ".onError", exec.getOnError(), HookErrorMode.KNOWN);
            errors.checkDuration(at + ".timeout", exec.getTimeout());
        }
    }

    private static boolean isSet(List<String> list) {
        return list != null && !list.isEmpty();
    }
}
