package io.velerojava.storage.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.ObjectStoreRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signing is local with a service account key, so it is tested without a server. */
class GcsSignedUrlTest {

    @Test
    void aServiceAccountKeySignsV4UrlsForTheConfiguredEndpoint() throws Exception {
        LocationConfig location = new LocationConfig("gcp", "backups", "", Map.of(
                "storeEndpoint", "https://storage-velero.p.googleapis.com"),
                Optional.of(serviceAccountKeyJson()), Optional.empty());

        try (ObjectStore store = ObjectStoreRegistry.discover().open(location)) {
            URI url = store.signedDownloadUrl("cluster-a/backups/b1/b1-logs.gz", Duration.ofMinutes(10));

            assertThat(url.getHost()).isEqualTo("storage-velero.p.googleapis.com");
            assertThat(url.getPath()).isEqualTo("/backups/cluster-a/backups/b1/b1-logs.gz");
            assertThat(url.getQuery()).contains("X-Goog-Algorithm=GOOG4-RSA-SHA256", "X-Goog-Expires=600",
                    "X-Goog-Credential=velero@project.iam.gserviceaccount.com", "X-Goog-Signature=");
        }
    }

    @Test
    void withoutASigningAccountTheErrorSaysWhatIsNeeded() {
        LocationConfig emulator = LocationConfig.of("gcp", "backups", "", Map.of(
                "storeEndpoint", "http://127.0.0.1:1"));

        try (ObjectStore store = ObjectStoreRegistry.discover().open(emulator)) {
            assertThatThrownBy(() -> store.signedDownloadUrl("k", Duration.ofMinutes(10)))
                    .isInstanceOf(ObjectStoreException.class)
                    .hasMessageContaining("service account key")
                    .hasMessageContaining("serviceAccount");
        }
    }

    @Test
    void unknownConfigKeysAreRejected() {
        assertThatThrownBy(() -> ObjectStoreRegistry.discover().open(LocationConfig.of("gcp", "b", "",
                Map.of("region", "us"))))
                .hasMessageContaining("[region]");
    }

    private static byte[] serviceAccountKeyJson() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\\n"
                + Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\\n-----END PRIVATE KEY-----\\n";
        return ("{\"type\":\"service_account\",\"project_id\":\"project\",\"private_key_id\":\"k1\","
                + "\"private_key\":\"" + pem + "\",\"client_email\":\"velero@project.iam.gserviceaccount.com\","
                + "\"client_id\":\"1\",\"token_uri\":\"https://oauth2.googleapis.com/token\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
