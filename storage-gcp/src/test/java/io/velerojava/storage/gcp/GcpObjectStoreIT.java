package io.velerojava.storage.gcp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.NoCredentials;
import com.google.cloud.storage.BucketInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreContract;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.ObjectStoreRegistry;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.testenv.TestEnvironment;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract against fake-gcs-server, through the provider the ServiceLoader finds. */
class GcpObjectStoreIT extends ObjectStoreContract {

    private static final String BUCKET = "velero-contract";
    private static final int CHUNK_SIZE = 4 * 1024 * 1024;

    private final TestEnvironment env = TestEnvironment.get();
    private final ObjectStore store = open(BUCKET);

    @BeforeAll
    static void createBucket() throws Exception {
        try (Storage admin = StorageOptions.http()
                .setHost(TestEnvironment.get().gcsEndpoint().toString())
                .setProjectId("velero-emulator")
                .setCredentials(NoCredentials.getInstance())
                .build().getService()) {
            if (admin.get(BUCKET) == null) {
                admin.create(BucketInfo.of(BUCKET));
            }
        }
    }

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

    /**
     * GCS signed URLs are checked by Google against the service account's public key; fake-gcs-server neither has a
     * service account to sign with nor verifies signatures. Signing itself is covered by GcsSignedUrlTest.
     */
    @Override
    protected void assumeSignedUrlsServed() {
        Assumptions.assumeTrue(false, "fake-gcs-server cannot verify V4 signed URLs; see GcsSignedUrlTest");
    }

    @Test
    void aMissingBucketIsNamed() {
        try (ObjectStore missing = open("no-such-bucket-" + System.nanoTime())) {
            assertThatThrownBy(() -> new BackupStore(missing, "").validate())
                    .isInstanceOf(ObjectStoreException.class)
                    .hasMessageContaining("no-such-bucket")
                    .hasMessageContaining("does not exist");
        }
    }

    private ObjectStore open(String bucket) {
        return ObjectStoreRegistry.discover().open(LocationConfig.of("gcp", bucket, "", Map.of(
                "storeEndpoint", env.gcsEndpoint().toString(),
                "uploadChunkSize", Integer.toString(CHUNK_SIZE))));
    }
}
