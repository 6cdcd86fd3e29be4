package io.velerojava.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.v1.Backup;
import io.velerojava.cli.VeleroCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CreateCommandTest {

    @Test
    void flagsBecomeTheBackupSpec() {
        Backup backup = parse("nightly", "--include-namespaces", "web,db", "--exclude-resources", "secrets",
                "--ttl", "72h", "--storage-location", "primary", "-l", "app=web,tier in (a,b)",
                "--snapshot-volumes=false", "--include-cluster-resources", "--labels", "team=ops",
                "--ordered-resources", "pods=web/a,web/b;persistentvolumes=pv1").toBackup("velero");

        assertThat(backup.getMetadata().getNamespace()).isEqualTo("velero");
        assertThat(backup.getMetadata().getName()).isEqualTo("nightly");
        assertThat(backup.getMetadata().getLabels()).containsEntry("team", "ops");
        assertThat(backup.getSpec().getIncludedNamespaces()).containsExactly("web", "db");
        assertThat(backup.getSpec().getExcludedResources()).containsExactly("secrets");
        assertThat(backup.getSpec().getTtl().toString()).isEqualTo("72h0m0s");
        assertThat(backup.getSpec().getStorageLocation()).isEqualTo("primary");
        assertThat(backup.getSpec().getSnapshotVolumes()).isFalse();
        assertThat(backup.getSpec().getIncludeClusterResources()).isTrue();
        assertThat(backup.getSpec().getLabelSelector().getMatchLabels()).containsEntry("app", "web");
        assertThat(backup.getSpec().getLabelSelector().getMatchExpressions()).singleElement()
                .satisfies(expression -> {
                    assertThat(expression.getOperator()).isEqualTo("In");
                    assertThat(expression.getValues()).containsExactly("a", "b");
                });
        assertThat(backup.getSpec().getOrderedResources())
                .containsEntry("pods", "web/a,web/b").containsEntry("persistentvolumes", "pv1");
    }

    @Test
    void unsetFlagsLeaveTheSpecEmptySoServerDefaultsApply() {
        Backup backup = parse("plain").toBackup("velero");

        assertThat(backup.getSpec().getIncludedNamespaces()).isNull();
        assertThat(backup.getSpec().getTtl()).isNull();
        assertThat(backup.getSpec().getSnapshotVolumes()).isNull();
        assertThat(backup.getSpec().getIncludeClusterResources()).isNull();
        assertThat(backup.getSpec().getStorageLocation()).isNull();
    }

    @Test
    void dataMovementAndResourcePolicyFlagsReachTheSpec() {
        Backup backup = parse("moved", "--snapshot-move-data", "--data-mover", "velero",
                "--resource-policies-configmap", "skip-big-volumes").toBackup("velero");

        assertThat(backup.getSpec().getSnapshotMoveData()).isTrue();
        assertThat(backup.getSpec().getDatamover()).isEqualTo("velero");
        assertThat(backup.getSpec().getResourcePolicy().getKind()).isEqualTo("configmap");
        assertThat(backup.getSpec().getResourcePolicy().getName()).isEqualTo("skip-big-volumes");
    }

    @Test
    void orSelectorSplitsOnOr() {
        Backup backup = parse("either", "--or-selector", "app=web or tier=db").toBackup("velero");

        assertThat(backup.getSpec().getOrLabelSelectors()).hasSize(2);
        assertThat(backup.getSpec().getOrLabelSelectors().get(1).getMatchLabels()).containsEntry("tier", "db");
    }

    private static CreateCommand parse(String... args) {
        CommandLine commandLine = VeleroCommand.commandLine();
        String[] full = new String[args.length + 2];
        full[0] = "backup";
        full[1] = "create";
        System.arraycopy(args, 0, full, 2, args.length);
        CommandLine.ParseResult result = commandLine.parseArgs(full);
        return (CreateCommand) result.subcommand().subcommand().commandSpec().userObject();
    }
}
