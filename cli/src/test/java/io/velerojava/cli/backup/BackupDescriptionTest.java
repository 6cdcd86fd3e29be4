package io.velerojava.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.v1.Backup;
import io.velerojava.cli.backup.BackupDescription.BucketFiles;
import io.velerojava.cli.backup.BackupDescription.Fetched;
import io.velerojava.engine.restore.ScopedMessages;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BackupDescriptionTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final Backup COMPLETED = new KubernetesSerialization().unmarshal("""
            apiVersion: velero.io/v1
            kind: Backup
            metadata:
              name: nginx-backup
              namespace: velero
              labels:
                velero.io/storage-location: default
              annotations:
                velero.io/source-cluster-k8s-gitversion: v1.33.1
                velero.io/resource-timeout: 10m0s
            spec:
              includedNamespaces: [nginx-example]
              labelSelector:
                matchLabels: {app: nginx}
              storageLocation: default
              ttl: 720h0m0s
              csiSnapshotTimeout: 10m0s
              itemOperationTimeout: 4h0m0s
            status:
              phase: Completed
              formatVersion: 1.1.0
              startTimestamp: "2026-05-20T10:00:00Z"
              completionTimestamp: "2026-05-20T10:00:05Z"
              expiration: "2026-06-19T10:00:00Z"
              progress: {totalItems: 3, itemsBackedUp: 3}
            """, Backup.class);

    @Test
    void describesACompletedBackupWithItsResourceListInVelerosLayout() {
        TreeMap<String, List<String>> resources = new TreeMap<>(Map.of(
                "v1/ConfigMap", List.of("nginx-example/a", "nginx-example/b"),
                "v1/Namespace", List.of("nginx-example")));
        String text = BackupDescription.render(COMPLETED,
                new BucketFiles(Fetched.notFetched(), Fetched.of(resources)), true, UTC);

        assertThat(text).isEqualTo("""
                Name:         nginx-backup
                Namespace:    velero
                Labels:       velero.io/storage-location=default
                Annotations:  velero.io/resource-timeout=10m0s
                              velero.io/source-cluster-k8s-gitversion=v1.33.1

                Phase:  Completed

                Namespaces:
                  Included:  nginx-example
                  Excluded:  <none>

                Resources:
                  Included:        *
                  Excluded:        <none>
                  Cluster-scoped:  auto

                Label selector:  app=nginx

                Or label selector:  <none>

                Storage Location:  default

                Velero-Native Snapshot PVs:  auto
                Snapshot Move Data:          auto
                Data Mover:                  velero

                TTL:  720h0m0s

                CSISnapshotTimeout:    10m0s
                ItemOperationTimeout:  4h0m0s

                Hooks:  <none>

                Backup Format Version:  1.1.0

                Started:    2026-05-20 10:00:00 +0000 UTC
                Completed:  2026-05-20 10:00:05 +0000 UTC

                Expiration:  2026-06-19 10:00:00 +0000 UTC

                Total items to be backed up:  3
                Items backed up:              3

                Resource List:
                  v1/ConfigMap:
                    - nginx-example/a
                    - nginx-example/b
                  v1/Namespace:
                    - nginx-example

                """);
    }

    @Test
    void partiallyFailedBackupShowsItsMessagesAndPointsAtTheLogs() {
        Backup backup = new KubernetesSerialization().clone(COMPLETED);
        backup.getStatus().setPhase(io.velerojava.api.v1.BackupPhase.PARTIALLY_FAILED);
        backup.getStatus().setErrors(1);
        Map<String, ScopedMessages> results = Map.of("errors", new ScopedMessages(List.of(), List.of(),
                new TreeMap<>(Map.of("nginx-example", List.of("error listing pods")))));

        String text = BackupDescription.render(backup, new BucketFiles(Fetched.of(results), Fetched.notFetched()),
                false, UTC);

        assertThat(text).contains("Phase:  PartiallyFailed (run `velero backup logs nginx-backup` for more"
                + " information)\n\nErrors:\n  Velero:   <none>\n  Cluster:  <none>\n  Namespaces:\n"
                + "    nginx-example:  error listing pods\n\nWarnings:  <none>\n")
                .doesNotContain("Resource List:");
    }

    @Test
    void saysWhyTheResourceListIsMissing() {
        String text = BackupDescription.render(COMPLETED,
                new BucketFiles(Fetched.notFetched(), Fetched.failed("timed out")), true, UTC);

        assertThat(text).contains("Resource List:  <error getting backup resource list: timed out>");
    }
}
