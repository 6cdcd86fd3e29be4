package io.velerojava.cli.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.cli.LabelSelectorConverter;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.ExistingResourcePolicy;
import io.velerojava.api.v1.Restore;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoreRequestTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 5, 7);

    @Test
    void defaultNameIsTheBackupAndTheLocalTime() {
        Restore restore = request(Optional.empty(), Optional.of("nightly"), Optional.empty(), 0)
                .toRestore("velero", NOW);

        assertThat(restore.getMetadata().getName()).isEqualTo("nightly-20261127090507");
        assertThat(restore.getMetadata().getNamespace()).isEqualTo("velero");
        assertThat(restore.getSpec().getBackupName()).isEqualTo("nightly");
        assertThat(restore.getSpec().getIncludedNamespaces()).containsExactly("*");
        assertThat(restore.getSpec().getNamespaceMapping()).containsEntry("prod", "staging");
        assertThat(restore.getSpec().getExistingResourcePolicy()).isEqualTo(ExistingResourcePolicy.UPDATE);
        assertThat(restore.getSpec().getUploaderConfig().getParallelFilesDownload()).isZero();
        assertThat(restore.getSpec().getUploaderConfig().getWriteSparseFiles()).isFalse();
    }

    @Test
    void scheduleNamesTheRestoreWhenNoNameIsGiven() {
        Restore restore = request(Optional.empty(), Optional.empty(), Optional.of("daily"), 0)
                .toRestore("velero", NOW);

        assertThat(restore.getMetadata().getName()).isEqualTo("daily-20261127090507");
        assertThat(restore.getSpec().getScheduleName()).isEqualTo("daily");
        assertThat(restore.getSpec().getBackupName()).isEmpty();
    }

    @Test
    void exactlyOneSourceAndNoNegativeParallelism() {
        assertThatThrownBy(() -> request(Optional.of("r"), Optional.empty(), Optional.empty(), 0)
                .toRestore("velero", NOW)).hasMessageContaining("either a backup or schedule must be specified");
        assertThatThrownBy(() -> request(Optional.of("r"), Optional.of("b"), Optional.of("s"), 0)
                .toRestore("velero", NOW)).hasMessageContaining("but not both");
        assertThatThrownBy(() -> request(Optional.of("r"), Optional.of("b"), Optional.empty(), -1)
                .toRestore("velero", NOW)).hasMessageContaining("--parallel-files-download must not be negative");
    }

    @Test
    void namespaceMappingsParseAndRejectMalformedPairs() {
        assertThat(RestoreRequest.parseNamespaceMappings("a:b, c:d")).isEqualTo(Map.of("a", "b", "c", "d"));
        assertThat(RestoreRequest.parseNamespaceMappings("")).isEmpty();
        assertThatThrownBy(() -> RestoreRequest.parseNamespaceMappings("a:b,c"))
                .hasMessageContaining("invalid namespace mapping \"c\"");
    }

    @Test
    void labelSelectorsParseKubectlSyntax() {
        LabelSelector selector = new LabelSelectorConverter().convert("app=web,tier in (db, cache),!canary,env!=dev");

        assertThat(selector.getMatchLabels()).isEqualTo(Map.of("app", "web"));
        assertThat(selector.getMatchExpressions()).extracting(e -> e.getKey() + " " + e.getOperator() + " "
                + e.getValues()).containsExactly("tier In [db, cache]", "canary DoesNotExist []",
                "env NotIn [dev]");
        assertThat(LabelSelectorConverter.alternatives("app=web or app=db")).hasSize(2);
        assertThat(RestoreTable.selector(request(Optional.of("r"), Optional.of("b"), Optional.empty(), 0)
                .toRestore("velero", NOW).getSpec())).isEqualTo("app=web");
    }

    private static RestoreRequest request(Optional<String> name, Optional<String> backup, Optional<String> schedule,
                                          int parallelFilesDownload) {
        return new RestoreRequest(name, backup, schedule, List.of("*"), List.of(), Map.of("prod", "staging"),
                List.of(), List.of(), Optional.of(ExistingResourcePolicy.UPDATE), List.of(), List.of(),
                Optional.of(new LabelSelectorConverter().convert("app=web")), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of(), Map.of(), Optional.of(GoDuration.ZERO), Optional.empty(),
                Optional.empty(), parallelFilesDownload);
    }
}
