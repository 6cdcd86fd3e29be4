package io.velerojava.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.velerojava.api.GoDuration;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.BackupResourceHook;
import io.velerojava.api.v1.BackupResourceHookSpec;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.ExecHook;
import io.velerojava.api.v1.HookErrorMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackupSpecValidatorTest {

    private static final LabelSelector APP = new LabelSelectorBuilder().addToMatchLabels("app", "web").build();

    /** Each rule: a spec that breaks it, the message expected, and a close spec that satisfies it. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("old and scoped resource filters mixed",
                        b -> b.includedResources("pods").includedClusterScopedResources("storageclasses"),
                        "spec: includedResources, excludedResources and includeClusterResources cannot be combined",
                        b -> b.includedNamespaceScopedResources("pods").includedClusterScopedResources("storageclasses")),
                rule("includeClusterResources with scoped filters",
                        b -> b.includeClusterResources(true).excludedNamespaceScopedResources("secrets"),
                        "cannot be combined with includedClusterScopedResources",
                        b -> b.includeClusterResources(true).excludedResources("secrets")),
                rule("* in excluded resources",
                        b -> b.excludedResources("*"),
                        "spec.excludedResources: \"*\" is not allowed in an exclude list",
                        b -> b.excludedResources("secrets")),
                rule("* mixed with others in included resources",
                        b -> b.includedResources("*", "pods"),
                        "spec.includedResources: \"*\" must be the only entry",
                        b -> b.includedResources("*")),
                rule("same resource included and excluded",
                        b -> b.includedResources("pods", "secrets").excludedResources("secrets"),
                        "spec.excludedResources: \"secrets\" is also in spec.includedResources",
                        b -> b.includedResources("pods").excludedResources("secrets")),
                rule("empty resource entry",
                        b -> b.includedResources("pods", ""),
                        "spec.includedResources[1]: empty entry",
                        b -> b.includedResources("pods")),
                rule("* mixed with others in scoped excludes",
                        b -> b.excludedClusterScopedResources("*", "nodes"),
                        "spec.excludedClusterScopedResources: \"*\" must be the only entry",
                        b -> b.excludedClusterScopedResources("*")),
                rule("scoped includes while excluding *",
                        b -> b.includedNamespaceScopedResources("pods").excludedNamespaceScopedResources("*"),
                        "spec.includedNamespaceScopedResources: must be empty when spec.excludedNamespaceScopedResources is \"*\"",
                        b -> b.excludedNamespaceScopedResources("*")),
                rule("same scoped resource included and excluded",
                        b -> b.includedClusterScopedResources("crds").excludedClusterScopedResources("crds"),
                        "spec.excludedClusterScopedResources: \"crds\" is also in spec.includedClusterScopedResources",
                        b -> b.includedClusterScopedResources("crds")),
                rule("* in excluded namespaces",
                        b -> b.excludedNamespaces("*"),
                        "spec.excludedNamespaces: \"*\" is not allowed in an exclude list",
                        b -> b.excludedNamespaces("kube-*")),
                rule("* mixed with other namespaces",
                        b -> b.includedNamespaces("*", "app"),
                        "spec.includedNamespaces: \"*\" must be the only entry",
                        b -> b.includedNamespaces("*")),
                rule("namespace included and excluded",
                        b -> b.includedNamespaces("app").excludedNamespaces("app"),
                        "spec.excludedNamespaces: \"app\" is also in spec.includedNamespaces",
                        b -> b.includedNamespaces("app").excludedNamespaces("app-old")),
                rule("invalid namespace name",
                        b -> b.includedNamespaces("My_App"),
                        "spec.includedNamespaces[0]: invalid namespace \"My_App\"",
                        b -> b.includedNamespaces("my-app")),
                rule("unclosed glob bracket",
                        b -> b.includedNamespaces("app-[ab"),
                        "spec.includedNamespaces[0]: invalid pattern \"app-[ab\": \"[\" is never closed",
                        b -> b.includedNamespaces("app-[ab]", "team-{a,b}", "ns-?", "prod*")),
                rule("stray closing brace",
                        b -> b.excludedNamespaces("app}"),
                        "spec.excludedNamespaces[0]: invalid pattern \"app}\": \"}\" has no opening bracket",
                        b -> b.excludedNamespaces("{app,web}")),
                rule("labelSelector with orLabelSelectors",
                        b -> b.labelSelector(APP).orLabelSelectors(APP),
                        "spec.labelSelector: cannot be combined with spec.orLabelSelectors",
                        b -> b.orLabelSelectors(APP, APP)),
                rule("selector operator In without values",
                        b -> b.labelSelector(new LabelSelectorBuilder().addNewMatchExpression().withKey("tier")
                                .withOperator("In").endMatchExpression().build()),
                        "spec.labelSelector.matchExpressions[0].values: must not be empty for operator In",
                        b -> b.labelSelector(new LabelSelectorBuilder().addNewMatchExpression().withKey("tier")
                                .withOperator("In").withValues("web").endMatchExpression().build())),
                rule("selector with unknown operator",
                        b -> b.orLabelSelectors(new LabelSelectorBuilder().addNewMatchExpression().withKey("tier")
                                .withOperator("Equals").withValues("web").endMatchExpression().build()),
                        "spec.orLabelSelectors[0].matchExpressions[0].operator: \"Equals\" is not one of In, NotIn, Exists, DoesNotExist",
                        b -> b.orLabelSelectors(new LabelSelectorBuilder().addNewMatchExpression().withKey("tier")
                                .withOperator("Exists").endMatchExpression().build())),
                rule("orderedResources key that is not a resource",
                        b -> b.orderedResources("Pods", "web/a"),
                        "spec.orderedResources[Pods]: \"Pods\" is not a resource name; use the plural",
                        b -> b.orderedResources("pods", "web/a").orderedResources("deployments.apps", "web/d")),
                rule("orderedResources without items",
                        b -> b.orderedResources("pods", ""),
                        "spec.orderedResources[pods]: must list at least one item",
                        b -> b.orderedResources("pods", "web/a")),
                rule("orderedResources with an empty entry",
                        b -> b.orderedResources("pods", "web/a,,web/b"),
                        "spec.orderedResources[pods]: has an empty entry",
                        b -> b.orderedResources("pods", "web/a,web/b")),
                rule("orderedResources with a trailing comma",
                        b -> b.orderedResources("persistentvolumes", "pv-1,"),
                        "spec.orderedResources[persistentvolumes]: has an empty entry",
                        b -> b.orderedResources("persistentvolumes", "pv-1")),
                rule("orderedResources with a space after a comma",
                        b -> b.orderedResources("pods", "web/a, web/b"),
                        "spec.orderedResources[pods]: entry \" web/b\" contains a space",
                        b -> b.orderedResources("pods", "web/a,web/b")),
                rule("orderedResources entry with two slashes",
                        b -> b.orderedResources("pods", "web/a/b"),
                        "spec.orderedResources[pods]: entry \"web/a/b\" must be namespace/name",
                        b -> b.orderedResources("pods", "web/a")),
                rule("orderedResources entry without a name",
                        b -> b.orderedResources("pods", "web/"),
                        "spec.orderedResources[pods]: entry \"web/\" must be namespace/name",
                        b -> b.orderedResources("pods", "web/x")),
                rule("orderedResources entry without a namespace",
                        b -> b.orderedResources("pods", "/a"),
                        "spec.orderedResources[pods]: entry \"/a\" must be namespace/name",
                        b -> b.orderedResources("pods", "a")),
                rule("negative ttl",
                        b -> b.ttl("-1h"),
                        "spec.ttl: must not be negative, got -1h0m0s",
                        b -> b.ttl("0s")),
                rule("malformed csiSnapshotTimeout",
                        b -> withSpec(b, spec -> spec.setCsiSnapshotTimeout(GoDuration.fromJson("ten minutes"))),
                        "spec.csiSnapshotTimeout: invalid duration \"ten minutes\"",
                        b -> b.csiSnapshotTimeout("10m")),
                rule("negative itemOperationTimeout",
                        b -> b.itemOperationTimeout("-4h"),
                        "spec.itemOperationTimeout: must not be negative",
                        b -> b.itemOperationTimeout("4h")),
                rule("resource policy that is not a ConfigMap",
                        b -> withSpec(b, spec -> spec.setResourcePolicy(
                                new TypedLocalObjectReference(null, "Secret", "p"))),
                        "spec.resourcePolicy.kind: \"Secret\" is not supported; only ConfigMap is",
                        b -> b.resourcePolicy("policies")),
                rule("negative parallelFilesUpload",
                        b -> b.parallelFilesUpload(-2),
                        "spec.uploaderConfig.parallelFilesUpload: must not be negative, got -2",
                        b -> b.parallelFilesUpload(4)),
                rule("hook without a name",
                        b -> b.hooks(hook(null, List.of("sync"), null, null)),
                        "spec.hooks.resources[0].name: required",
                        b -> b.hooks(hook("freeze", List.of("sync"), null, null))),
                rule("hook without a command",
                        b -> b.hooks(hook("freeze", List.of(), null, null)),
                        "spec.hooks.resources[0].pre[0].exec.command: must have at least one entry",
                        b -> b.hooks(hook("freeze", List.of("fsfreeze", "--freeze", "/data"), null, null))),
                rule("hook with unknown onError",
                        b -> b.hooks(hook("freeze", List.of("sync"), HookErrorMode.of("Retry"), null)),
                        "spec.hooks.resources[0].pre[0].exec.onError: \"Retry\" is not one of Continue, Fail",
                        b -> b.hooks(hook("freeze", List.of("sync"), HookErrorMode.FAIL, null))),
                rule("hook with negative timeout",
                        b -> b.hooks(hook("freeze", List.of("sync"), null, GoDuration.parse("-30s"))),
                        "spec.hooks.resources[0].pre[0].exec.timeout: must not be negative",
                        b -> b.hooks(hook("freeze", List.of("sync"), null, GoDuration.parse("30s")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheBrokenRuleAndAcceptsTheFixedSpec(String rule, UnaryOperator<BackupBuilder> broken, String message,
                                                    UnaryOperator<BackupBuilder> fixed) {
        assertThat(BackupSpecValidator.validate(spec(broken))).anySatisfy(error -> assertThat(error).contains(message));
        assertThat(BackupSpecValidator.validate(spec(fixed))).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        BackupSpec spec = spec(b -> b.includedResources("*", "pods").excludedNamespaces("*").ttl("-1s")
                .labelSelector(APP).orLabelSelectors(APP));

        assertThat(BackupSpecValidator.validate(spec)).containsExactly(
                "spec.excludedNamespaces: \"*\" is not allowed in an exclude list; list the namespaces to exclude",
                "spec.includedResources: \"*\" must be the only entry",
                "spec.labelSelector: cannot be combined with spec.orLabelSelectors; move it into orLabelSelectors as one more alternative",
                "spec.ttl: must not be negative, got -1s");
    }

    @Test
    void anEmptySpecIsValid() {
        assertThat(BackupSpecValidator.validate(new BackupSpec())).isEmpty();
    }

    private static Arguments rule(String name, UnaryOperator<BackupBuilder> broken, String message,
                                  UnaryOperator<BackupBuilder> fixed) {
        return Arguments.of(name, broken, message, fixed);
    }

    private static BackupSpec spec(UnaryOperator<BackupBuilder> customize) {
        return customize.apply(BackupBuilder.forBackup("velero", "b")).build().getSpec();
    }

    private static BackupBuilder withSpec(BackupBuilder builder, Consumer<BackupSpec> change) {
        change.accept(builder.build().getSpec());
        return builder;
    }

    private static BackupResourceHookSpec hook(String name, List<String> command, HookErrorMode onError,
                                               GoDuration timeout) {
        ExecHook exec = new ExecHook();
        exec.setCommand(command);
        exec.setOnError(onError);
        exec.setTimeout(timeout);
        BackupResourceHook hook = new BackupResourceHook();
        hook.setExec(exec);
        BackupResourceHookSpec spec = new BackupResourceHookSpec();
        spec.setName(name);
        spec.setPre(List.of(hook));
        return spec;
    }
}
