package io.velerojava.storage.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreProvider;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code velero.io/azure} provider: a container ({@code bucket}) of the storage account {@code storageAccount}.
 * With {@code storageAccountKeyEnvVar}, the account key is that variable of the credential Secret (a dotenv file)
 * or of the environment; without it, Azure AD: the service principal of the Secret
 * ({@code AZURE_TENANT_ID}, {@code AZURE_CLIENT_ID}, {@code AZURE_CLIENT_SECRET}) or else workload or managed
 * identity. {@code storageAccountURI} overrides the blob endpoint (sovereign clouds, Azurite).
 */
public final class AzureObjectStoreProvider implements ObjectStoreProvider {

    public static final String NAME = "velero.io/azure";

    /** Few, short retries: a dead endpoint must fail the location's check in seconds, not minutes. */
    private static final RequestRetryOptions RETRIES = new RequestRetryOptions(RetryPolicyType.EXPONENTIAL, 3,
            (Duration) null, Duration.ofMillis(500), Duration.ofSeconds(5), null);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectStore open(LocationConfig location) {
        AzureLocationOptions options = AzureLocationOptions.from(location);
        AzureCredentialsFile credentials = location.credential()
                .map(AzureCredentialsFile::parse)
                .orElseGet(AzureCredentialsFile::empty);
        BlobServiceClientBuilder builder = new BlobServiceClientBuilder()
                .endpoint(options.endpoint().toString())
                .retryOptions(RETRIES);
        Optional<StorageSharedKeyCredential> sharedKey = options.storageAccountKeyEnvVar()
                .map(variable -> new StorageSharedKeyCredential(options.storageAccount(), credentials.lookup(variable)
                        .orElseThrow(() -> new IllegalArgumentException("the Azure location for container "
                                + location.bucket() + " names storageAccountKeyEnvVar " + variable
                                + ", but neither its credential Secret nor the environment defines it"))));
        if (sharedKey.isPresent()) {
            builder.credential(sharedKey.get());
        } else {
            builder.credential(azureAdCredential(credentials));
        }
        BlobServiceClient service = builder.buildClient();
        return new AzureObjectStore(service, location.bucket(), sharedKey, options);
    }

    private static TokenCredential azureAdCredential(AzureCredentialsFile credentials) {
        Optional<String> tenant = credentials.lookup("AZURE_TENANT_ID");
        Optional<String> client = credentials.lookup("AZURE_CLIENT_ID");
        Optional<String> secret = credentials.lookup("AZURE_CLIENT_SECRET");
        if (tenant.isPresent() && client.isPresent() && secret.isPresent()) {
            return new ClientSecretCredentialBuilder()
                    .tenantId(tenant.get())
                    .clientId(client.get())
                    .clientSecret(secret.get())
                    .build();
        }
        DefaultAzureCredentialBuilder fallback = new DefaultAzureCredentialBuilder();
        tenant.ifPresent(fallback::tenantId);
        client.ifPresent(fallback::managedIdentityClientId);
        return fallback.build();
    }
}
