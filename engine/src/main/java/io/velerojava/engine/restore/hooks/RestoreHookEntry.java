package io.velerojava.engine.restore.hooks;

import io.velerojava.api.v1.RestoreHooks;
import io.velerojava.api.v1.RestoreResourceHook;
import java.util.List;

/** One entry of the Restore's {@code spec.hooks.resources}: its name, the pods it selects and its hooks. */
record RestoreHookEntry(String name, HookSelector selector, List<RestoreResourceHook> hooks) {

    static List<RestoreHookEntry> of(RestoreHooks spec) {
        if (spec == null || spec.getResources() == null) {
            return List.of();
        }
        return spec.getResources().stream().map(entry -> new RestoreHookEntry(entry.getName(),
                HookSelector.of(entry), entry.getPostHooks() == null ? List.of() : entry.getPostHooks())).toList();
    }
}
