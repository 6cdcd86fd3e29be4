package io.velerojava.engine.restore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RestoredItemsTest {

    private static final ItemKey CLAIM = ItemKey.namespaced(AdditionalItems.PERSISTENT_VOLUME_CLAIMS, "app", "data");

    private final RestoredItems restored = new RestoredItems(AdditionalItems.TYPES);

    @Test
    void onlyTheFirstCallerRestoresATrackedItem() {
        assertThat(restored.start(CLAIM)).isTrue();
        assertThat(restored.start(CLAIM)).isFalse();
        assertThat(restored.start(ItemKey.namespaced(AdditionalItems.PERSISTENT_VOLUME_CLAIMS, "other", "data")))
                .isTrue();
    }

    @Test
    void untrackedTypesAreNeverRemembered() {
        ItemKey configMap = ItemKey.namespaced(GroupResource.core("configmaps"), "app", "c");

        assertThat(restored.start(configMap)).isTrue();
        assertThat(restored.start(configMap)).isTrue();
    }

    @Test
    void laterCallersWaitUntilTheFirstHasFinished() throws Exception {
        restored.start(CLAIM);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> restored.awaitFinished(CLAIM));

        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        restored.finish(CLAIM);
        waiting.get(5, TimeUnit.SECONDS);
    }
}
