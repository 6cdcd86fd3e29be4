package io.velerojava.storage.gcp;

import com.google.api.gax.retrying.RetrySettings;
import com.google.auth.Credentials;
import com.google.auth.ServiceAccountSigner;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ImpersonatedCredentials;
import com.google.cloud.NoCredentials;
import com.google.cloud.storage.StorageOptions;
import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code velero.io/gcp} provider. Credentials: the service account key JSON of the credential Secret, else
 * Application Default Credentials (workload identity); none for a plain-http {@code storeEndpoint} (an emulator).
 * With {@code serviceAccount}, download URLs are signed by that account through the IAM API.
 */
public final class GcpObjectStoreProvider implements ObjectStoreProvider {

    public static final String NAME = "velero.io/gcp";

    private static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/devstorage.read_write");
    private static final int SIGNING_TOKEN_LIFETIME_SECONDS = 3600;

    /** Few, short retries so that a dead endpoint fails the location's check in seconds. */
    private static final RetrySettings RETRIES = RetrySettings.newBuilder()
            .setMaxAttempts(3)
            .setInitialRetryDelayDuration(Duration.ofMillis(200))
            .setRetryDelayMultiplier(2.0)
            .setMaxRetryDelayDuration(Duration.ofSeconds(2))
            .setTotalTimeoutDuration(Duration.ofSeconds(60))
            .build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectStore open(LocationConfig location) {
        GcsLocationOptions options = GcsLocationOptions.from(location);
        Credentials credentials = credentials(location, options);
        StorageOptions.Builder builder = StorageOptions.http()
                .setCredentials(credentials)
                .setRetrySettings(RETRIES);
        options.endpoint().ifPresent(endpoint -> builder.setHost(endpoint.toString()));
        if (options.isEmulator()) {
            builder.setProjectId("velero-emulator");
        }
        return new GcsObjectStore(builder.build().getService(), location.bucket(), options,
                signer(credentials, options));
    }

    private static Credentials credentials(LocationConfig location, GcsLocationOptions options) {
        try {
            if (location.credential().isPresent()) {
                return GoogleCredentials.fromStream(new ByteArrayInputStream(location.credential().get()))
                        .createScoped(SCOPES);
            }
            if (options.isEmulator()) {
                return NoCredentials.getInstance();
            }
            return GoogleCredentials.getApplicationDefault().createScoped(SCOPES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the credentials of the GCS location for bucket "
                    + location.bucket() + " (a service account key JSON in the credential Secret, or Application"
                    + " Default Credentials): " + e.getMessage(), e);
        }
    }

    /** The account named by {@code serviceAccount}, impersonated for IAM signBlob, when set. */
    private static Optional<ServiceAccountSigner> signer(Credentials credentials, GcsLocationOptions options) {
        return options.serviceAccount()
                .filter(account -> credentials instanceof GoogleCredentials)
                .map(account -> ImpersonatedCredentials.create((GoogleCredentials) credentials, account, null,
                        SCOPES, SIGNING_TOKEN_LIFETIME_SECONDS));
    }
}
