package io.velerojava.cli.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.velerojava.api.builder.RestoreBuilder;
import io.velerojava.api.v1.HookStatus;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestoreStatus;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoreDescriptionTest {

    @Test
    void showsTheResourceModifierAndTheHookCounts() {
        Restore restore = RestoreBuilder.forRestore("velero", "r1").backupName("b1").build();
        TypedLocalObjectReference modifier = new TypedLocalObjectReference();
        modifier.setKind("configmap");
        modifier.setName("storage-class-swap");
        restore.getSpec().setResourceModifier(modifier);
        HookStatus hooks = new HookStatus();
        hooks.setHooksAttempted(2);
        hooks.setHooksFailed(1);
        restore.setStatus(new RestoreStatus());
        restore.getStatus().setHookStatus(hooks);

        String text = RestoreDescription.render(restore, new RestoreDescription.BucketFiles(Optional.empty(),
                Optional.empty(), Optional.empty()), false, ZoneOffset.UTC);

        assertThat(text).contains("""

                Resource modifier:
                  Type: configmap
                  Name: storage-class-swap

                HooksAttempted:  2
                HooksFailed:     1
                """);
    }

    @Test
    void saysNothingOfHooksOrModifiersWithoutThem() {
        Restore restore = RestoreBuilder.forRestore("velero", "r1").backupName("b1").build();

        String text = RestoreDescription.render(restore, new RestoreDescription.BucketFiles(Optional.empty(),
                Optional.empty(), Optional.empty()), false, ZoneOffset.UTC);

        assertThat(text).doesNotContain("Hooks").doesNotContain("Resource modifier");
    }
}
