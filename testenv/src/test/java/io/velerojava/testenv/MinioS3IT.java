package io.velerojava.testenv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The Foundation acceptance for S3: the AWS SDK v2 talks to the local MinIO. */
@ExtendWith(LocalClusterExtension.class)
class MinioS3IT {

    @Test
    void putListWithDelimiterAndGet(TestEnvironment env) {
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(env.s3Endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(env.s3AccessKey(), env.s3SecretKey())))
                .build()) {
            String root = "minio-it-" + UUID.randomUUID() + "/";
            s3.putObject(b -> b.bucket(env.s3Bucket()).key(root + "backups/a/velero-backup.json"),
                    RequestBody.fromString("{\"a\":1}"));
            s3.putObject(b -> b.bucket(env.s3Bucket()).key(root + "backups/b/velero-backup.json"),
                    RequestBody.fromString("{\"b\":2}"));
            s3.putObject(b -> b.bucket(env.s3Bucket()).key(root + "top.txt"), RequestBody.fromString("top"));

            ListObjectsV2Response listing = s3.listObjectsV2(b -> b.bucket(env.s3Bucket())
                    .prefix(root + "backups/").delimiter("/"));
            String object = s3.getObjectAsBytes(b -> b.bucket(env.s3Bucket())
                    .key(root + "backups/b/velero-backup.json")).asUtf8String();
            ListObjectsV2Response flat = s3.listObjectsV2(b -> b.bucket(env.s3Bucket()).prefix(root));

            assertThat(listing.commonPrefixes()).extracting(CommonPrefix::prefix)
                    .containsExactly(root + "backups/a/", root + "backups/b/");
            assertThat(object).isEqualTo("{\"b\":2}");
            assertThat(flat.contents()).extracting(S3Object::key).hasSize(3);
        }
    }
}
