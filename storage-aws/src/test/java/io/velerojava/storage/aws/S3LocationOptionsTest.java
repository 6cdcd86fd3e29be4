package io.velerojava.storage.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.storage.LocationConfig;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

class S3LocationOptionsTest {

    @Test
    void defaultsFollowVelero() {
        S3LocationOptions options = parse(Map.of());

        assertThat(options.region()).isEmpty();
        assertThat(options.forcePathStyle()).isFalse();
        assertThat(options.profile()).isEqualTo("default");
        assertThat(options.checksumAlgorithm()).contains(ChecksumAlgorithm.CRC32);
        assertThat(options.multipartChunkSize()).isEqualTo(16L * 1024 * 1024);
        assertThat(options.uploadParallelism()).isEqualTo(4);
    }

    @Test
    void readsTheMinioStyleConfig() {
        S3LocationOptions options = parse(Map.of("region", "minio", "s3Url", "http://minio.velero:9000",
                "s3ForcePathStyle", "true", "publicUrl", "https://minio.example.com", "checksumAlgorithm", ""));

        assertThat(options.region()).contains("minio");
        assertThat(options.s3Url()).contains(URI.create("http://minio.velero:9000"));
        assertThat(options.forcePathStyle()).isTrue();
        assertThat(options.publicUrl()).contains(URI.create("https://minio.example.com"));
        assertThat(options.checksumAlgorithm()).isEmpty();
    }

    @Test
    void aKmsKeyImpliesKmsEncryption() {
        S3LocationOptions options = parse(Map.of("kmsKeyId", "alias/velero"));

        assertThat(options.serverSideEncryption()).contains(ServerSideEncryption.AWS_KMS);
        assertThat(options.kmsKeyId()).contains("alias/velero");
        assertThat(parse(Map.of("serverSideEncryption", "AES256")).serverSideEncryption())
                .contains(ServerSideEncryption.AES256);
    }

    @Test
    void badValuesNameTheKey() {
        assertThatThrownBy(() -> parse(Map.of("s3ForcePathStyle", "yes"))).hasMessageContaining("s3ForcePathStyle");
        assertThatThrownBy(() -> parse(Map.of("checksumAlgorithm", "MD5"))).hasMessageContaining("checksumAlgorithm");
        assertThatThrownBy(() -> parse(Map.of("multiPartChunkSize", "1024"))).hasMessageContaining("5 MiB");
        // Above 2 GiB a part could not even be held in one array; S3's own 5 GiB limit is out of reach.
        assertThatThrownBy(() -> parse(Map.of("multiPartChunkSize", Long.toString(3L << 30))))
                .hasMessageContaining("1 GiB");
        assertThatThrownBy(() -> parse(Map.of("s3Url", "minio:9000"))).hasMessageContaining("absolute URL");
        assertThatThrownBy(() -> parse(Map.of("signatureVersion", "1"))).hasMessageContaining("Version 4");
        assertThatThrownBy(() -> parse(Map.of("s3URL", "http://x"))).hasMessageContaining("[s3URL]");
    }

    @Test
    void aCredentialWithoutTheProfileIsNamed() {
        LocationConfig location = new LocationConfig("aws", "b", "", Map.of("profile", "backup"),
                Optional.of("[default]\naws_access_key_id=a\naws_secret_access_key=b\n".getBytes()),
                Optional.empty());

        assertThatThrownBy(() -> new AwsObjectStoreProvider().open(location))
                .hasMessageContaining("no profile [backup]")
                .hasMessageContaining("[default]");
    }

    private static S3LocationOptions parse(Map<String, String> config) {
        return S3LocationOptions.from(LocationConfig.of("aws", "b", "", config));
    }
}
