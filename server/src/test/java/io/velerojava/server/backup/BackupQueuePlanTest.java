package io.velerojava.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.v1.BackupPhase;
import io.velerojava.server.backup.BackupQueuePlan.Entry;
import io.velerojava.server.backup.BackupQueuePlan.Plan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackupQueuePlanTest {

    /** Each row: the backups queued or running, --concurrent-backups, the backups to start, the new positions. */
    static Stream<Arguments> rows() {
        return Stream.of(
                row("one at a time: the first queued starts, the others move up",
                        List.of(queued("a", 1, "x"), queued("b", 2, "y"), queued("c", 3, "z")), 1,
                        List.of("a"), Map.of("b", 1, "c", 2)),
                row("nothing starts while the only slot is taken",
                        List.of(running("r", "x"), queued("a", 1, "y")), 1,
                        List.of(), Map.of()),
                row("two slots and disjoint namespaces: two start",
                        List.of(queued("a", 1, "x"), queued("b", 2, "y"), queued("c", 3, "z")), 2,
                        List.of("a", "b"), Map.of("c", 1)),
                row("an overlap with a running backup waits; a later disjoint one takes the slot",
                        List.of(running("r", "x"), queued("a", 1, "x", "y"), queued("b", 2, "z")), 2,
                        List.of("b"), Map.of()),
                row("an overlap with a backup queued ahead waits, even with free slots",
                        List.of(running("r", "x"), queued("a", 1, "x", "y"), queued("b", 2, "y")), 3,
                        List.of(), Map.of()),
                row("positions close up after a start",
                        List.of(queued("a", 2, "x"), queued("b", 5, "x"), queued("c", 9, "x")), 1,
                        List.of("a"), Map.of("b", 1, "c", 2)),
                row("a backup of no namespace overlaps nothing",
                        List.of(running("r", "x"), queued("a", 1)), 2,
                        List.of("a"), Map.of()),
                row("ReadyToStart counts as running",
                        List.of(new Entry("s", BackupPhase.READY_TO_START, 0, Set.of("x")), queued("a", 1, "y")), 1,
                        List.of(), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plansTheQueue(String row, List<Entry> active, int concurrent, List<String> start,
            Map<String, Integer> positions) {
        Plan plan = BackupQueuePlan.plan(active, concurrent);

        assertThat(plan.start()).containsExactlyElementsOf(start);
        assertThat(plan.positions()).containsExactlyInAnyOrderEntriesOf(positions);
    }

    @Test
    void aNewBackupGoesAfterTheLastQueuedOne() {
        assertThat(BackupQueuePlan.nextPosition(List.of())).isEqualTo(1);
        assertThat(BackupQueuePlan.nextPosition(List.of(running("r", "x"), queued("a", 3, "y"), queued("b", 1))))
                .isEqualTo(4);
    }

    private static Entry queued(String name, int position, String... namespaces) {
        return new Entry(name, BackupPhase.QUEUED, position, Set.of(namespaces));
    }

    private static Entry running(String name, String... namespaces) {
        return new Entry(name, BackupPhase.IN_PROGRESS, 0, Set.of(namespaces));
    }

    private static Arguments row(String name, List<Entry> active, int concurrent, List<String> start,
            Map<String, Integer> positions) {
        return Arguments.of(name, active, concurrent, start, positions);
    }
}
