package io.velerojava.storage.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.storage.LocationConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AzureLocationOptionsTest {

    @Test
    void theEndpointDefaultsToThePublicCloud() {
        AzureLocationOptions options = parse(Map.of("storageAccount", "veleroacct", "resourceGroup", "rg"));

        assertThat(options.endpoint()).isEqualTo(URI.create("https://veleroacct.blob.core.windows.net"));
        assertThat(options.storageAccountKeyEnvVar()).isEmpty();
        assertThat(options.blockSize()).isEqualTo(8L * 1024 * 1024);
    }

    @Test
    void theStorageAccountIsRequired() {
        assertThatThrownBy(() -> parse(Map.of("resourceGroup", "rg"))).hasMessageContaining("storageAccount");
    }

    @Test
    void badValuesNameTheKey() {
        assertThatThrownBy(() -> parse(Map.of("storageAccount", "a", "blockSizeInBytes", "big")))
                .hasMessageContaining("blockSizeInBytes");
        assertThatThrownBy(() -> parse(Map.of("storageAccount", "a", "storageAccountURI", "acct.blob")))
                .hasMessageContaining("absolute URL");
        assertThatThrownBy(() -> parse(Map.of("storageAccount", "a", "region", "westeurope")))
                .hasMessageContaining("[region]");
    }

    @Test
    void theCredentialsFileIsReadAsDotenv() {
        AzureCredentialsFile file = AzureCredentialsFile.parse(("# velero\nAZURE_SUBSCRIPTION_ID=sub\n"
                + "export AZURE_STORAGE_ACCOUNT_ACCESS_KEY=\"a+b/c==\"\n\nAZURE_CLOUD_NAME='AzurePublicCloud'\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(file.lookup("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")).contains("a+b/c==");
        assertThat(file.lookup("AZURE_CLOUD_NAME")).contains("AzurePublicCloud");
        assertThat(file.toString()).doesNotContain("a+b/c==");
    }

    private static AzureLocationOptions parse(Map<String, String> config) {
        return AzureLocationOptions.from(LocationConfig.of("azure", "container", "", config));
    }
}
