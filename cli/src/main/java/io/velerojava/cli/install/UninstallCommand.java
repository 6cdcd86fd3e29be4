package io.velerojava.cli.install;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.v1.Restore;
import io.velerojava.cli.CliContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code velero uninstall}: removes what {@code velero install} created (its namespace, cluster role binding and
 * the velero.io CRDs) and nothing else. Backup data in object storage is never touched.
 */
@Command(name = "uninstall", description = "Uninstall Velero (velero-java); backups in object storage are kept")
public final class UninstallCommand implements Callable<Integer> {

    private static final long NAMESPACE_DELETION_TIMEOUT_SECONDS = 180;
    private static final long CRD_DELETION_TIMEOUT_SECONDS = 60;

    @Spec
    private CommandSpec spec;

    @Option(names = "--force", description = "Forces the Velero uninstall without asking for confirmation")
    private boolean force;

    @Option(names = "--wait", hidden = true, description = "Deprecated: uninstall always waits")
    private boolean waitDeprecated;

    @Override
    public Integer call() throws Exception {
        try (CliContext context = CliContext.of(spec)) {
            String namespace = context.namespace();
            if (!force && !confirmed(context, namespace)) {
                context.out().println("Aborting uninstall.");
                return 1;
            }
            KubernetesClient client = context.client();
            releaseRestoreFinalizers(client);
            if (client.namespaces().withName(namespace).get() != null) {
                client.namespaces().withName(namespace).delete();
                client.namespaces().withName(namespace)
                        .waitUntilCondition(ns -> ns == null, NAMESPACE_DELETION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                context.out().printf("Namespace/%s: deleted%n", namespace);
            }
            client.rbac().clusterRoleBindings()
                    .withLabel(InstallOptions.COMPONENT_LABEL, InstallOptions.COMPONENT_VALUE).list().getItems()
                    .stream()
                    .filter(binding -> binding.getSubjects().stream()
                            .anyMatch(subject -> namespace.equals(subject.getNamespace())))
                    .forEach(binding -> {
                        client.resource(binding).delete();
                        context.out().printf("ClusterRoleBinding/%s: deleted%n", binding.getMetadata().getName());
                    });
            List<CustomResourceDefinition> crds = client.apiextensions().v1().customResourceDefinitions()
                    .withLabel(InstallOptions.COMPONENT_LABEL, InstallOptions.COMPONENT_VALUE).list().getItems()
                    .stream().filter(crd -> crd.getSpec().getGroup().equals("velero.io")).toList();
            for (CustomResourceDefinition crd : crds) {
                client.resource(crd).delete();
            }
            for (CustomResourceDefinition crd : crds) {
                client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                        .waitUntilCondition(gone -> gone == null, CRD_DELETION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                context.out().printf("CustomResourceDefinition/%s: deleted%n", crd.getMetadata().getName());
            }
            context.out().println("Velero uninstalled ⛵");
        }
        return 0;
    }

    /**
     * Without a running server nobody removes the restores' finalizer, and then neither the namespace nor the
     * restores CRD (whose deletion deletes every Restore, in every namespace) would ever go.
     */
    private static void releaseRestoreFinalizers(KubernetesClient client) {
        if (client.apiextensions().v1().customResourceDefinitions().withName("restores.velero.io").get() == null) {
            return;
        }
        for (Restore restore : client.resources(Restore.class).inAnyNamespace().list().getItems()) {
            if (!restore.getMetadata().getFinalizers().isEmpty()) {
                client.resources(Restore.class).inNamespace(restore.getMetadata().getNamespace())
                        .withName(restore.getMetadata().getName())
                        .edit(r -> {
                            r.getMetadata().setFinalizers(List.of());
                            return r;
                        });
            }
        }
    }

    private static boolean confirmed(CliContext context, String namespace) throws Exception {
        context.out().printf("You are about to uninstall Velero from namespace %s. Are you sure you want to "
                + "continue (Y/N)? ", namespace);
        context.out().flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
