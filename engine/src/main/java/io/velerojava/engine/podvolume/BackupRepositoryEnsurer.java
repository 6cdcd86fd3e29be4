package io.velerojava.engine.podvolume;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.velerojava.api.builder.BackupRepositoryBuilder;
import io.velerojava.api.v1.BackupRepository;
import io.velerojava.api.v1.BackupRepositoryPhase;
import io.velerojava.api.v1.RepositoryType;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the BackupRepository of a (volume namespace, storage location) exists, named
 * {@code <namespace>-<location>-kopia} as Velero names it, and waits for the node agent's repository controller to
 * make it Ready. Pod volume backups and restores need it before the node agent can write or read volume data.
 */
public final class BackupRepositoryEnsurer {

    private final KubernetesClient client;
    private final String veleroNamespace;

    public BackupRepositoryEnsurer(KubernetesClient client, String veleroNamespace) {
        this.client = client;
        this.veleroNamespace = veleroNamespace;
    }

    /** The BackupRepository, created (without status, so phase New) if it does not exist. */
    public BackupRepository ensure(String volumeNamespace, String location) {
        BackupRepository wanted = BackupRepositoryBuilder
                .forRepository(veleroNamespace, volumeNamespace, location, RepositoryType.KOPIA).build();
        BackupRepository existing = get(wanted.getMetadata().getName());
        if (existing != null) {
            return existing;
        }
        try {
            return client.resources(BackupRepository.class).inNamespace(veleroNamespace).resource(wanted).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
            return get(wanted.getMetadata().getName()); // created concurrently by another backup or agent
        }
    }

    /**
     * Ensures the BackupRepository and waits until it is Ready.
     *
     * @throws RepositoryNotReadyException if it becomes NotReady or is not Ready within {@code timeout}
     */
    public BackupRepository ensureReady(String volumeNamespace, String location, Duration timeout)
            throws RepositoryNotReadyException {
        String name = ensure(volumeNamespace, location).getMetadata().getName();
        try {
            BackupRepository ready = client.resources(BackupRepository.class).inNamespace(veleroNamespace)
                    .withName(name)
                    .waitUntilCondition(repository -> repository == null || isSettled(repository),
                            timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (ready == null) {
                throw new RepositoryNotReadyException("backup repository " + name + " was deleted while waiting "
                        + "for it to become Ready");
            }
            if (!BackupRepositoryPhase.READY.equals(ready.getStatus().getPhase())) {
                throw new RepositoryNotReadyException("backup repository " + name + " is not ready: "
                        + ready.getStatus().getMessage());
            }
            return ready;
        } catch (KubernetesClientTimeoutException e) {
            throw new RepositoryNotReadyException("backup repository " + name + " did not become Ready within "
                    + timeout + "; is the node agent running (velero install --use-node-agent)?");
        }
    }

    private BackupRepository get(String name) {
        return client.resources(BackupRepository.class).inNamespace(veleroNamespace).withName(name).get();
    }

    private static boolean isSettled(BackupRepository repository) {
        return repository.getStatus() != null && (BackupRepositoryPhase.READY.equals(repository.getStatus().getPhase())
                || BackupRepositoryPhase.NOT_READY.equals(repository.getStatus().getPhase()));
    }
}
