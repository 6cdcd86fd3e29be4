package io.velerojava.engine.restore.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.v1.HookErrorMode;
import io.velerojava.engine.restore.hooks.PodExecHook.HookSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HookAnnotationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'[\"/bin/sh\", \"-c\", \"echo hi\"]' | /bin/sh,-c,echo hi",
            "/usr/bin/reload | /usr/bin/reload",
            "'[not json' | '[not json'"})
    void commandsAreAJsonArrayOrOneWord(String annotation, String expected) {
        assertThat(HookAnnotations.command(annotation)).isEqualTo(List.of(expected.split(",")));
    }

    @Test
    void anExecHookFromEveryAnnotation() {
        List<String> warnings = new ArrayList<>();
        PodExecHook hook = HookAnnotations.execHook(Map.of(
                "post.hook.restore.velero.io/command", "[\"/bin/reindex\"]",
                "post.hook.restore.velero.io/container", "db",
                "post.hook.restore.velero.io/on-error", "Fail",
                "post.hook.restore.velero.io/exec-timeout", "1m",
                "post.hook.restore.velero.io/wait-timeout", "10m",
                "post.hook.restore.velero.io/wait-for-ready", "true"), "app", warnings::add).orElseThrow();

        assertThat(hook).isEqualTo(new PodExecHook("<from-annotation>", HookSource.ANNOTATION, "db",
                List.of("/bin/reindex"), HookErrorMode.FAIL, Duration.ofMinutes(1), Duration.ofMinutes(10), true));
        assertThat(warnings).isEmpty();
    }

    @Test
    void defaultsAndUnreadableValuesFallBackAsInVelero() {
        List<String> warnings = new ArrayList<>();
        PodExecHook hook = HookAnnotations.execHook(Map.of(
                "post.hook.restore.velero.io/command", "/bin/true",
                "post.hook.restore.velero.io/on-error", "Ignore",
                "post.hook.restore.velero.io/exec-timeout", "soon",
                "post.hook.restore.velero.io/wait-for-ready", "maybe"), "app", warnings::add).orElseThrow();

        assertThat(hook.container()).isEqualTo("app");
        assertThat(hook.onError()).isEqualTo(HookErrorMode.CONTINUE);
        assertThat(hook.execTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(hook.waitTimeout()).isZero();
        assertThat(hook.waitForReady()).isFalse();
        assertThat(warnings).hasSize(2).anySatisfy(w -> assertThat(w).contains("exec-timeout"))
                .anySatisfy(w -> assertThat(w).contains("wait-for-ready"));
    }

    @Test
    void noCommandNoExecHookAndNoImageNoInitContainer() {
        assertThat(HookAnnotations.execHook(Map.of("post.hook.restore.velero.io/container", "db"), "app", w -> { }))
                .isEmpty();
        assertThat(HookAnnotations.initContainer(Map.of("init.hook.restore.velero.io/command", "x"), () -> "x"))
                .isEmpty();
    }

    @Test
    void anInitContainerWithoutANameGetsVelerosGeneratedOne() {
        assertThat(HookAnnotations.initContainer(Map.of("init.hook.restore.velero.io/container-image", "busybox"),
                () -> "deadbeef").orElseThrow().toString())
                .isEqualTo("{\"name\":\"velero-restore-init-deadbeef\",\"image\":\"busybox\"}");
    }
}
