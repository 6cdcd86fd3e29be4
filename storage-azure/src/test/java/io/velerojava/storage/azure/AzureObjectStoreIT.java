package io.velerojava.storage.azure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;
import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreContract;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.ObjectStoreRegistry;
import io.velerojava.storage.TransientStorageException;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.testenv.TestEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract against Azurite, through the provider the ServiceLoader finds, plus the failures users hit. */
class AzureObjectStoreIT extends ObjectStoreContract {

    private static final String CONTAINER = "velero-contract";
    private static final int BLOCK_SIZE = 4 * 1024 * 1024;

    private final TestEnvironment env = TestEnvironment.get();
    private final ObjectStore store = open(CONTAINER, env.azureAccountKey());

    @BeforeAll
    static void createContainer() {
        TestEnvironment env = TestEnvironment.get();
        new BlobServiceClientBuilder()
                .endpoint(env.azureBlobEndpoint().toString())
                .credential(new StorageSharedKeyCredential(env.azureAccountName(), env.azureAccountKey()))
                .buildClient()
                .createBlobContainerIfNotExists(CONTAINER);
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
        return 2 * BLOCK_SIZE + 1_234;
    }

    @Test
    void aWrongAccountKeyIsReportedAsAccessDenied() {
        String wrongKey = Base64.getEncoder().encodeToString(new byte[64]);
        try (ObjectStore wrong = open(CONTAINER, wrongKey)) {
            assertThatThrownBy(() -> new BackupStore(wrong, "").validate())
                    .isInstanceOf(ObjectStoreException.class)
                    .isNotInstanceOf(TransientStorageException.class)
                    .hasMessageContaining(CONTAINER)
                    .hasMessageContaining("access denied");
        }
    }

    @Test
    void aMissingContainerIsNamed() {
        try (ObjectStore missing = open("no-such-container", env.azureAccountKey())) {
            assertThatThrownBy(() -> new BackupStore(missing, "").validate())
                    .isInstanceOf(ObjectStoreException.class)
                    .hasMessageContaining("container no-such-container does not exist");
        }
    }

    @Test
    void aKeyVariableMissingFromTheSecretIsNamed() {
        LocationConfig location = new LocationConfig("azure", CONTAINER, "", Map.of(
                "storageAccount", env.azureAccountName(),
                "storageAccountURI", env.azureBlobEndpoint().toString(),
                "storageAccountKeyEnvVar", "VELERO_TEST_NO_SUCH_VARIABLE"),
                Optional.of("AZURE_CLOUD_NAME=AzurePublicCloud\n".getBytes(StandardCharsets.UTF_8)),
                Optional.empty());

        assertThatThrownBy(() -> ObjectStoreRegistry.discover().open(location))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VELERO_TEST_NO_SUCH_VARIABLE");
    }

    private ObjectStore open(String container, String accountKey) {
        Map<String, String> config = Map.of(
                "storageAccount", env.azureAccountName(),
                "storageAccountURI", env.azureBlobEndpoint().toString(),
                "storageAccountKeyEnvVar", "AZURE_STORAGE_ACCOUNT_ACCESS_KEY",
                "resourceGroup", "velero-rg",
                "blockSizeInBytes", Integer.toString(BLOCK_SIZE),
                "uploadParallelism", "3");
        byte[] secret = ("AZURE_STORAGE_ACCOUNT_ACCESS_KEY=" + accountKey + "\nAZURE_CLOUD_NAME=AzurePublicCloud\n")
                .getBytes(StandardCharsets.UTF_8);
        return ObjectStoreRegistry.discover().open(new LocationConfig("azure", container, "", config,
                Optional.of(secret), Optional.empty()));
    }
}
