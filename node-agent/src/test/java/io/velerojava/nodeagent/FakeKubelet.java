package io.velerojava.nodeagent;

import io.fabric8.kubernetes.api.model.BindingBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the scheduler and a kubelet would do, for tests on a control plane that runs no pods: every pod of the
 * watched namespace that has no node is bound to {@code nodeName}; each emptyDir volume of a pod on that node is
 * "mounted" as the directory {@code <hostPods>/<podUID>/volumes/kubernetes.io~empty-dir/<volume>}, and the pod is
 * then reported Running (no container runs), and a deleted pod is removed at once.
 */
public final class FakeKubelet implements AutoCloseable {

    private static final String EMPTY_DIR_PLUGIN = "kubernetes.io~empty-dir";

    private final KubernetesClient client;
    private final String nodeName;
    private final Path hostPods;
    private final SharedIndexInformer<Pod> informer;

    public FakeKubelet(KubernetesClient client, String namespace, String nodeName, Path hostPods) {
        this.client = client;
        this.nodeName = nodeName;
        this.hostPods = hostPods;
        this.informer = client.pods().inNamespace(namespace).inform(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Pod pod) {
                handle(pod);
            }

            @Override
            public void onUpdate(Pod oldPod, Pod pod) {
                handle(pod);
            }

            @Override
            public void onDelete(Pod pod, boolean deletedFinalStateUnknown) {
            }
        });
    }

    /** Where the kubelet mounted {@code volume} of {@code pod}. */
    public Path volumeDirectory(Pod pod, String volume) {
        return hostPods.resolve(pod.getMetadata().getUid()).resolve("volumes").resolve(EMPTY_DIR_PLUGIN)
                .resolve(volume);
    }

    private void handle(Pod pod) {
        String podNode = pod.getSpec().getNodeName();
        if (pod.getMetadata().getDeletionTimestamp() != null) {
            if (nodeName.equals(podNode)) {
                // The kubelet confirms a graceful deletion once the containers have stopped; none run here.
                client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                        .withGracePeriod(0).delete();
            }
        } else if (podNode == null || podNode.isEmpty()) {
            bind(pod);
        } else if (podNode.equals(nodeName)) {
            mountEmptyDirs(pod);
            reportRunning(pod);
        }
    }

    private void bind(Pod pod) {
        client.bindings().inNamespace(pod.getMetadata().getNamespace()).resource(new BindingBuilder()
                .withNewMetadata().withName(pod.getMetadata().getName()).endMetadata()
                .withNewTarget().withApiVersion("v1").withKind("Node").withName(nodeName).endTarget()
                .build()).create();
    }

    private void mountEmptyDirs(Pod pod) {
        List<Volume> volumes = pod.getSpec().getVolumes() == null ? List.of() : pod.getSpec().getVolumes();
        for (Volume volume : volumes) {
            if (volume.getEmptyDir() != null) {
                try {
                    Files.createDirectories(volumeDirectory(pod, volume.getName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void reportRunning(Pod pod) {
        if (pod.getStatus() == null || !"Running".equals(pod.getStatus().getPhase())) {
            client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .editStatus(current -> new PodBuilder(current).editOrNewStatus().withPhase("Running").endStatus()
                            .build());
        }
    }

    @Override
    public void close() {
        informer.close();
    }
}
