package io.velerojava.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.velerojava.api.GoDuration;
import io.velerojava.api.builder.RestoreBuilder;
import io.velerojava.api.v1.ExecRestoreHook;
import io.velerojava.api.v1.ExistingResourcePolicy;
import io.velerojava.api.v1.HookErrorMode;
import io.velerojava.api.v1.InitRestoreHook;
import io.velerojava.api.v1.RestoreResourceHook;
import io.velerojava.api.v1.RestoreResourceHookSpec;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.api.v1.UploaderConfigForRestore;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RestoreSpecValidatorTest {

    private static final LabelSelector APP = new LabelSelectorBuilder().addToMatchLabels("app", "web").build();

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("neither backupName nor scheduleName",
                        b -> b,
                        "spec: set backupName (the backup to restore) or scheduleName",
                        b -> b.scheduleName("daily")),
                rule("both backupName and scheduleName",
                        b -> b.backupName("b1").scheduleName("daily"),
                        "spec: set only one of backupName and scheduleName",
                        b -> b.backupName("b1")),
                rule("* in excluded namespaces",
                        b -> b.backupName("b1").excludedNamespaces("*"),
                        "spec.excludedNamespaces: \"*\" is not allowed",
                        b -> b.backupName("b1").excludedNamespaces("kube-system")),
                rule("invalid namespace pattern",
                        b -> b.backupName("b1").includedNamespaces("-app"),
                        "spec.includedNamespaces[0]: invalid namespace \"-app\"",
                        b -> b.backupName("b1").includedNamespaces("app*")),
                rule("* in excluded resources",
                        b -> b.backupName("b1").excludedResources("*"),
                        "spec.excludedResources: \"*\" is not allowed in an exclude list",
                        b -> b.backupName("b1").excludedResources("secrets")),
                rule("resource included and excluded",
                        b -> b.backupName("b1").includedResources("pods").excludedResources("pods"),
                        "spec.excludedResources: \"pods\" is also in spec.includedResources",
                        b -> b.backupName("b1").includedResources("pods")),
                rule("non-restorable resource included",
                        b -> b.backupName("b1").includedResources("nodes"),
                        "spec.includedResources: \"nodes\" can never be restored; remove it",
                        b -> b.backupName("b1").includedResources("deployments.apps")),
                rule("restoreStatus list mixing *",
                        b -> b.backupName("b1").restoreStatusOf("*", "workflows"),
                        "spec.restoreStatus.includedResources: \"*\" must be the only entry",
                        b -> b.backupName("b1").restoreStatusOf("workflows")),
                rule("invalid namespace mapping target",
                        b -> b.backupName("b1").namespaceMapping("app", "App_Copy"),
                        "spec.namespaceMapping[\"app\"]: invalid namespace \"App_Copy\"",
                        b -> b.backupName("b1").namespaceMapping("app", "app-copy")),
                rule("labelSelector with orLabelSelectors",
                        b -> b.backupName("b1").labelSelector(APP).orLabelSelectors(APP),
                        "spec.labelSelector: cannot be combined with spec.orLabelSelectors",
                        b -> b.backupName("b1").labelSelector(APP)),
                rule("unknown existingResourcePolicy",
                        b -> b.backupName("b1").existingResourcePolicy(ExistingResourcePolicy.of("merge")),
                        "spec.existingResourcePolicy: \"merge\" is not one of none, update",
                        b -> b.backupName("b1").existingResourcePolicy(ExistingResourcePolicy.UPDATE)),
                rule("negative itemOperationTimeout",
                        b -> b.backupName("b1").itemOperationTimeout("-1m"),
                        "spec.itemOperationTimeout: must not be negative",
                        b -> b.backupName("b1").itemOperationTimeout("1h")),
                rule("resource modifier without a name",
                        b -> b.backupName("b1").resourceModifier(""),
                        "spec.resourceModifier.name: required",
                        b -> b.backupName("b1").resourceModifier("modifiers")),
                rule("negative parallelFilesDownload",
                        b -> parallelFilesDownload(b.backupName("b1"), -1),
                        "spec.uploaderConfig.parallelFilesDownload: must not be negative",
                        b -> parallelFilesDownload(b.backupName("b1"), 0)),
                rule("post hook with both exec and init",
                        b -> b.backupName("b1").hooks(hook("h", exec(List.of("true"), null), init("{\"name\":\"c\"}"))),
                        "spec.hooks.resources[0].postHooks[0]: set exactly one of exec and init",
                        b -> b.backupName("b1").hooks(hook("h", exec(List.of("true"), null), null))),
                rule("hook without a name",
                        b -> b.backupName("b1").hooks(hook(" ", exec(List.of("true"), null), null)),
                        "spec.hooks.resources[0].name: required",
                        b -> b.backupName("b1").hooks(hook("h", exec(List.of("true"), null), null))),
                rule("exec hook without a command",
                        b -> b.backupName("b1").hooks(hook("h", exec(null, null), null)),
                        "spec.hooks.resources[0].postHooks[0].exec.command: must have at least one entry",
                        b -> b.backupName("b1").hooks(hook("h", exec(List.of("/bin/true"), null), null))),
                rule("exec hook with unknown onError",
                        b -> b.backupName("b1").hooks(hook("h", exec(List.of("true"), HookErrorMode.of("Ignore")), null)),
                        "spec.hooks.resources[0].postHooks[0].exec.onError: \"Ignore\" is not one of Continue, Fail",
                        b -> b.backupName("b1").hooks(hook("h", exec(List.of("true"), HookErrorMode.CONTINUE), null))),
                rule("init container without a name",
                        b -> b.backupName("b1").hooks(hook("h", null,
                                init("{\"image\":\"busybox\",\"command\":[\"true\"]}"))),
                        "spec.hooks.resources[0].postHooks[0].init.initContainers[0]: must be a container object with"
                                + " a name, an image and a command",
                        b -> b.backupName("b1").hooks(hook("h", null,
                                init("{\"name\":\"c\",\"image\":\"busybox\",\"command\":[\"true\"]}")))),
                rule("init container without a command",
                        b -> b.backupName("b1").hooks(hook("h", null,
                                init("{\"name\":\"c\",\"image\":\"busybox\",\"command\":[]}"))),
                        "spec.hooks.resources[0].postHooks[0].init.initContainers[0]: must be a container object with"
                                + " a name, an image and a command",
                        b -> b.backupName("b1").hooks(hook("h", null,
                                init("{\"name\":\"c\",\"image\":\"busybox\",\"command\":[\"sh\"]}")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheBrokenRuleAndAcceptsTheFixedSpec(String rule, UnaryOperator<RestoreBuilder> broken, String message,
                                                    UnaryOperator<RestoreBuilder> fixed) {
        assertThat(RestoreSpecValidator.validate(spec(broken))).anySatisfy(error -> assertThat(error).contains(message));
        assertThat(RestoreSpecValidator.validate(spec(fixed))).isEmpty();
    }

    @Test
    void anEmptyExistingResourcePolicyBehavesLikeNone() {
        assertThat(RestoreSpecValidator.validate(spec(b -> b.backupName("b1")
                .existingResourcePolicy(ExistingResourcePolicy.of(""))))).isEmpty();
    }

    private static Arguments rule(String name, UnaryOperator<RestoreBuilder> broken, String message,
                                  UnaryOperator<RestoreBuilder> fixed) {
        return Arguments.of(name, broken, message, fixed);
    }

    private static RestoreSpec spec(UnaryOperator<RestoreBuilder> customize) {
        return customize.apply(RestoreBuilder.forRestore("velero", "r")).build().getSpec();
    }

    private static RestoreBuilder parallelFilesDownload(RestoreBuilder builder, int parallelism) {
        UploaderConfigForRestore config = new UploaderConfigForRestore();
        config.setParallelFilesDownload(parallelism);
        builder.build().getSpec().setUploaderConfig(config);
        return builder;
    }

    private static ExecRestoreHook exec(List<String> command, HookErrorMode onError) {
        ExecRestoreHook exec = new ExecRestoreHook();
        exec.setCommand(command);
        exec.setOnError(onError);
        exec.setWaitTimeout(GoDuration.parse("5m"));
        return exec;
    }

    private static InitRestoreHook init(String containerJson) {
        InitRestoreHook init = new InitRestoreHook();
        try {
            init.setInitContainers(List.of(new ObjectMapper().readTree(containerJson)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return init;
    }

    private static RestoreResourceHookSpec hook(String name, ExecRestoreHook exec, InitRestoreHook init) {
        RestoreResourceHook postHook = new RestoreResourceHook();
        postHook.setExec(exec);
        postHook.setInit(init);
        RestoreResourceHookSpec spec = new RestoreResourceHookSpec();
        spec.setName(name);
        spec.setPostHooks(List.of(postHook));
        return spec;
    }
}
