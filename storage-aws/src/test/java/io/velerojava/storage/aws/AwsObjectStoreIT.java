package io.velerojava.storage.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreContract;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.ObjectStoreRegistry;
import io.velerojava.storage.TransientStorageException;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.decorator.RetryPolicy;
import io.velerojava.storage.decorator.RetryingObjectStore;
import io.velerojava.testenv.TestEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract against MinIO, through the provider the ServiceLoader finds, plus the failures users hit. */
class AwsObjectStoreIT extends ObjectStoreContract {

    private static final int CHUNK_SIZE = 5 * 1024 * 1024;

    private final TestEnvironment env = TestEnvironment.get();
    private final ObjectStore store = open(env.s3Bucket(), Map.of(), credentialsFile(env.s3SecretKey()));

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    protected ObjectStore store() {
        return store;
    }

    @Override
    protected int largeObjectSize() {
        return 2 * CHUNK_SIZE + 1_234;
    }

    @Test
    void checksumsCanBeTurnedOffAsInVelero() {
        try (ObjectStore withoutChecksums = open(env.s3Bucket(), Map.of("checksumAlgorithm", ""),
                credentialsFile(env.s3SecretKey()))) {
            withoutChecksums.put(base + "no-checksum", bytes("data"));

            assertThat(read(store.get(base + "no-checksum"))).isEqualTo(bytes("data"));
        }
    }

    @Test
    void theProfileNamedInTheConfigIsUsed() {
        String file = "[default]\naws_access_key_id=wrong\naws_secret_access_key=wrong\n\n[minio]\n"
                + "aws_access_key_id=" + env.s3AccessKey() + "\naws_secret_access_key=" + env.s3SecretKey() + "\n";
        try (ObjectStore withProfile = open(env.s3Bucket(), Map.of("profile", "minio"),
                file.getBytes(StandardCharsets.UTF_8))) {
            withProfile.put(base + "via-profile", bytes("p"));

            assertThat(store.exists(base + "via-profile")).isTrue();
        }
    }

    @Test
    void wrongCredentialsAreReportedAsAccessDeniedNamingTheLocation() {
        try (ObjectStore wrong = open(env.s3Bucket(), Map.of(), credentialsFile("not-the-secret"))) {
            assertThatThrownBy(() -> new BackupStore(wrong, "").validate())
                    .isInstanceOf(ObjectStoreException.class)
                    .isNotInstanceOf(TransientStorageException.class)
                    .hasMessageContaining("s3://" + env.s3Bucket() + "/")
                    .hasMessageContaining("access denied by " + env.s3Endpoint())
                    .hasMessageContaining("credential");
        }
    }

    @Test
    void anUploadWithWrongCredentialsFailsAndLeavesNoObject() {
        try (ObjectStore wrong = open(env.s3Bucket(), Map.of(), credentialsFile("not-the-secret"))) {
            assertThatThrownBy(() -> wrong.put(base + "denied", new byte[largeObjectSize()]))
                    .isInstanceOf(ObjectStoreException.class)
                    .hasMessageContaining("cannot upload s3://" + env.s3Bucket() + "/" + base + "denied")
                    .hasMessageContaining("access denied by " + env.s3Endpoint());
        }
        assertThat(store.exists(base + "denied")).isFalse();
    }

    @Test
    void aMissingBucketIsNamedWithItsEndpoint() {
        String bucket = "no-such-bucket-" + System.nanoTime();
        try (ObjectStore missing = open(bucket, Map.of(), credentialsFile(env.s3SecretKey()))) {
            assertThatThrownBy(() -> new BackupStore(missing, "").validate())
                    .isInstanceOf(ObjectStoreException.class)
                    .isNotInstanceOf(TransientStorageException.class)
                    .hasMessageContaining("bucket " + bucket + " does not exist at " + env.s3Endpoint());
            assertThatThrownBy(() -> missing.put("key", bytes("data")))
                    .isInstanceOf(ObjectStoreException.class)
                    .hasMessageContaining("bucket " + bucket + " does not exist at " + env.s3Endpoint());
        }
    }

    /** The SDK's own retries and the store's default retry policy together still give up quickly. */
    @Test
    void aStoppedServerFailsWithinBoundedTime() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> config = new HashMap<>(baseConfig());
        config.put("s3Url", "http://127.0.0.1:" + closedPort);
        LocationConfig location = new LocationConfig("aws", env.s3Bucket(), "", config,
                Optional.of(credentialsFile(env.s3SecretKey())), Optional.empty());
        long start = System.nanoTime();
        try (ObjectStore dead = new RetryingObjectStore(ObjectStoreRegistry.discover().open(location),
                RetryPolicy.defaults())) {
            assertThatThrownBy(() -> new BackupStore(dead, "").validate())
                    .isInstanceOf(TransientStorageException.class)
                    .hasMessageContaining("s3://" + env.s3Bucket() + "/")
                    .hasMessageContaining("cannot reach http://127.0.0.1:" + closedPort);
            assertThatThrownBy(() -> dead.put("key", bytes("data")))
                    .isInstanceOf(TransientStorageException.class)
                    .hasMessageContaining("cannot upload s3://" + env.s3Bucket() + "/key")
                    .hasMessageContaining("cannot reach http://127.0.0.1:" + closedPort);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    private ObjectStore open(String bucket, Map<String, String> extraConfig, byte[] credential) {
        Map<String, String> config = new HashMap<>(baseConfig());
        config.putAll(extraConfig);
        return ObjectStoreRegistry.discover().open(new LocationConfig("aws", bucket, "", config,
                Optional.of(credential), Optional.empty()));
    }

    private Map<String, String> baseConfig() {
        return Map.of(
                "region", "minio",
                "s3Url", env.s3Endpoint().toString(),
                "s3ForcePathStyle", "true",
                "multiPartChunkSize", Integer.toString(CHUNK_SIZE),
                "uploadParallelism", "3");
    }

    private byte[] credentialsFile(String secretKey) {
        return ("[default]\naws_access_key_id=" + env.s3AccessKey() + "\naws_secret_access_key=" + secretKey + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
