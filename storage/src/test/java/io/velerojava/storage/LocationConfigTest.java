package io.velerojava.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocationConfigTest {

    @Test
    void bareProviderNamesGetTheVeleroGroup() {
        assertThat(LocationConfig.of("aws", "b", "", Map.of()).canonicalProvider()).isEqualTo("velero.io/aws");
        assertThat(LocationConfig.of("velero.io/gcp", "b", "", Map.of()).canonicalProvider())
                .isEqualTo("velero.io/gcp");
        assertThat(LocationConfig.of("example.com/custom", "b", "", Map.of()).canonicalProvider())
                .isEqualTo("example.com/custom");
    }

    @Test
    void slashesAroundBucketAndPrefixAreTrimmedAsVeleroDoes() {
        LocationConfig location = LocationConfig.of("aws", "/velero/", "/cluster-a/backups/", Map.of());

        assertThat(location.bucket()).isEqualTo("velero");
        assertThat(location.prefix()).isEqualTo("cluster-a/backups");
    }

    @Test
    void aBucketWithASlashIsRejected() {
        assertThatThrownBy(() -> LocationConfig.of("aws", "velero/cluster-a", "", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("put the path in prefix");
    }

    @Test
    void unknownConfigKeysAreNamed() {
        LocationConfig location = LocationConfig.of("aws", "b", "", Map.of("region", "x", "s3url", "y"));

        assertThatThrownBy(() -> location.requireOnlyKeys(Set.of("region", "s3Url")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[s3url]")
                .hasMessageContaining("velero.io/aws");
    }

    @Test
    void toStringHidesTheCredential() {
        byte[] secret = "aws_secret_access_key = hunter2".getBytes(StandardCharsets.UTF_8);
        LocationConfig location = new LocationConfig("aws", "b", "", Map.of(), Optional.of(secret),
                Optional.empty());

        assertThat(location.toString()).doesNotContain("hunter2").contains("<redacted>");
    }
}
