package io.velerojava.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.velerojava.api.v1.ExecRestoreHook;
import io.velerojava.api.v1.ExistingResourcePolicy;
import io.velerojava.api.v1.HookErrorMode;
import io.velerojava.api.v1.InitRestoreHook;
import io.velerojava.api.v1.RestoreResourceHook;
import io.velerojava.api.v1.RestoreResourceHookSpec;
import io.velerojava.api.v1.RestoreSpec;
import java.util.List;
import java.util.Set;

/**
 * The checks Velero's restore controller makes on a Restore's spec before it runs it (those that need no cluster or
 * bucket access), returning every problem at once.
 */
public final class RestoreSpecValidator {

    /** Resources Velero never restores (it adds them to every restore's excludes). */
    public static final Set<String> NON_RESTORABLE_RESOURCES = Set.of("nodes", "events", "events.events.k8s.io",
            "backups.velero.io", "restores.velero.io", "resticrepositories.velero.io", "csinodes.storage.k8s.io",
            "volumeattachments.storage.k8s.io", "backuprepositories.velero.io");

    private RestoreSpecValidator() {
    }

    /** Every problem of the spec as "{@code <field path>: <problem>}"; empty when it is valid. */
    public static List<String> validate(RestoreSpec spec) {
        FieldErrors errors = new FieldErrors();
        boolean fromBackup = hasText(spec.getBackupName());
        boolean fromSchedule = hasText(spec.getScheduleName());
        if (fromBackup == fromSchedule) {
            errors.add("spec", fromBackup ? "set only one of backupName and scheduleName"
                    : "set backupName (the backup to restore) or scheduleName (restore its latest completed backup)");
        }
        NamespaceRules.checkIncludesExcludes(errors, "spec.includedNamespaces", spec.getIncludedNamespaces(),
                "spec.excludedNamespaces", spec.getExcludedNamespaces());
        IncludeExcludeRules.checkResources(errors, "spec.includedResources", spec.getIncludedResources(),
                "spec.excludedResources", spec.getExcludedResources());
        if (spec.getIncludedResources() != null) {
            spec.getIncludedResources().stream().filter(NON_RESTORABLE_RESOURCES::contains)
                    .forEach(resource -> errors.add("spec.includedResources",
                            "\"" + resource + "\" can never be restored; remove it"));
        }
        if (spec.getRestoreStatus() != null) {
            IncludeExcludeRules.checkResources(errors, "spec.restoreStatus.includedResources",
                    spec.getRestoreStatus().getIncludedResources(), "spec.restoreStatus.excludedResources",
                    spec.getRestoreStatus().getExcludedResources());
        }
        NamespaceRules.checkNamespaceMapping(errors, "spec.namespaceMapping", spec.getNamespaceMapping());
        SelectorRules.checkSelectors(errors, "spec", spec.getLabelSelector(), spec.getOrLabelSelectors());
        if (spec.getExistingResourcePolicy() != null && !spec.getExistingResourcePolicy().value().isEmpty()) {
            errors.checkKnown("spec.existingResourcePolicy", spec.getExistingResourcePolicy(),
                    ExistingResourcePolicy.KNOWN);
        }
        errors.checkDuration("spec.itemOperationTimeout", spec.getItemOperationTimeout());
        ConfigMapReferences.check(errors, "spec.resourceModifier", spec.getResourceModifier());
        if (spec.getUploaderConfig() != null) {
            errors.checkNotNegative("spec.uploaderConfig.parallelFilesDownload",
                    spec.getUploaderConfig().getParallelFilesDownload());
        }
        if (spec.getHooks() != null && spec.getHooks().getResources() != null) {
            List<RestoreResourceHookSpec> hooks = spec.getHooks().getResources();
            for (int i = 0; i < hooks.size(); i++) {
                checkHookSpec(errors, "spec.hooks.resources[" + i + "]", hooks.get(i));
            }
        }
        return errors.toList();
    }

    private static void checkHookSpec(FieldErrors errors, String path, RestoreResourceHookSpec hook) {
        errors.requireText(path + ".name", hook.getName(), "; name the hook so that its results can be told apart");
        NamespaceRules.checkIncludesExcludes(errors, path + ".includedNamespaces", hook.getIncludedNamespaces(),
                path + ".excludedNamespaces", hook.getExcludedNamespaces());
        IncludeExcludeRules.checkResources(errors, path + ".includedResources", hook.getIncludedResources(),
                path + ".excludedResources", hook.getExcludedResources());
        SelectorRules.checkSelector(errors, path + ".labelSelector", hook.getLabelSelector());
        if (hook.getPostHooks() == null) {
            return;
        }
        for (int i = 0; i < hook.getPostHooks().size(); i++) {
            String at = path + ".postHooks[" + i + "]";
            RestoreResourceHook postHook = hook.getPostHooks().get(i);
            if ((postHook.getExec() == null) == (postHook.getInit() == null)) {
                errors.add(at, "set exactly one of exec and init");
            }
            checkExec(errors, at + ".exec", postHook.getExec());
            checkInit(errors, at + ".init", postHook.getInit());
        }
    }

    private static void checkExec(FieldErrors errors, String path, ExecRestoreHook exec) {
        if (exec == null) {
            return;
        }
        if (exec.getCommand() == null || exec.getCommand().isEmpty()) {
            errors.add(path + ".command", "must have at least one entry");
        }
        errors.checkKnown(path + ".onError", exec.getOnError(), HookErrorMode.KNOWN);
        errors.checkDuration(path + ".execTimeout", exec.getExecTimeout());
        errors.checkDuration(path + ".waitTimeout", exec.getWaitTimeout());
    }

    private static void checkInit(FieldErrors errors, String path, InitRestoreHook init) {
        if (init == null) {
            return;
        }
        errors.checkDuration(path + ".timeout", init.getTimeout());
        if (init.getInitContainers() == null) {
            return;
        }
        for (int i = 0; i < init.getInitContainers().size(); i++) {
            JsonNode container = init.getInitContainers().get(i);
            if (container == null || !container.isObject() || !hasText(container.get("name"))
                    || !hasText(container.get("image")) || !hasCommand(container.get("command"))) {
                errors.add(path + ".initContainers[" + i + "]",
                        "must be a container object with a name, an image and a command (Velero requires all three)");
            }
        }
    }

    private static boolean hasText(JsonNode value) {
        return value != null && value.isTextual() && !value.asText().isBlank();
    }

    private static boolean hasCommand(JsonNode command) {
        return command != null && command.isArray() && !command.isEmpty();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
