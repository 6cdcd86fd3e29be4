package io.velerojava.engine.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoredResourceListTest {

    @Test
    void groupsByApiVersionAndKindWithSortedEntriesInVelerosFormat() throws Exception {
        RestoredResourceList.Builder builder = new RestoredResourceList.Builder();
        builder.record("v1", "ConfigMap", Optional.of("b"), "c2", ItemAction.SKIPPED);
        builder.record("v1", "ConfigMap", Optional.of("a"), "c1", ItemAction.CREATED);
        builder.record("apps/v1", "Deployment", Optional.of("a"), "web", ItemAction.UPDATED);
        builder.record("v1", "Namespace", Optional.empty(), "a", ItemAction.CREATED);
        builder.record("v1", "Secret", Optional.of("a"), "s", ItemAction.FAILED);

        RestoredResourceList list = builder.build();

        assertThat(new String(list.toJson(), StandardCharsets.UTF_8)).isEqualTo("{\"apps/v1/Deployment\":"
                + "[\"a/web(updated)\"],\"v1/ConfigMap\":[\"a/c1(created)\",\"b/c2(skipped)\"],"
                + "\"v1/Namespace\":[\"a(created)\"],\"v1/Secret\":[\"a/s(failed)\"]}");
        assertThat(RestoredResourceList.fromJson(new ByteArrayInputStream(list.toJson())).entries())
                .isEqualTo(list.entries());
    }
}
