package io.velerojava.testenv;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the real local control plane: an admin {@link KubernetesClient}, a fresh {@link TestNamespace}
 * (deleted after the test) and the {@link TestEnvironment} with object-store coordinates.
 */
public final class LocalClusterExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(LocalClusterExtension.class);
    private static KubernetesClient sharedClient;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KubernetesClient.class || type == TestNamespace.class || type == TestEnvironment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == TestEnvironment.class) {
            return TestEnvironment.get();
        }
        if (type == KubernetesClient.class) {
            return adminClient();
        }
        return context.getStore(STORE).getOrComputeIfAbsent(TestNamespace.class, key -> createNamespace(context),
                TestNamespace.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestNamespace namespace = context.getStore(STORE).remove(TestNamespace.class, TestNamespace.class);
        if (namespace != null) {
            adminClient().namespaces().withName(namespace.name()).delete();
        }
    }

    /** One client per JVM: fabric8 clients are thread-safe and costly to build. */
    public static synchronized KubernetesClient adminClient() {
        if (sharedClient == null) {
            sharedClient = new KubernetesClientBuilder().withConfig(adminConfig()).build();
        }
        return sharedClient;
    }

    /** The admin client configuration read from the environment's kubeconfig. */
    public static Config adminConfig() {
        try {
            String kubeconfig = Files.readString(TestEnvironment.get().kubeconfig());
            return Config.fromKubeconfig(kubeconfig);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test environment's kubeconfig", e);
        }
    }

    private static TestNamespace createNamespace(ExtensionContext context) {
        String base = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String name = (base.length() > 40 ? base.substring(0, 40) : base) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        adminClient().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name)
                .addToLabels("velero-java.test/namespace", "true").endMetadata().build()).create();
        return new TestNamespace(name);
    }
}
