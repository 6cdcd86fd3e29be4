package io.velerojava.storage.aws;

import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreProvider;

/**
 * The {@code velero.io/aws} provider: AWS S3 and S3-compatible servers (MinIO, Ceph RGW, ...). Config keys are those
 * of Velero's AWS plugin ({@code region}, {@code s3Url}, {@code s3ForcePathStyle}, {@code publicUrl},
 * {@code insecureSkipTLSVerify}, {@code profile}, {@code serverSideEncryption}, {@code kmsKeyId}, {@code tagging},
 * {@code checksumAlgorithm}, {@code signatureVersion}, {@code enableSharedConfig}) plus {@code multiPartChunkSize}
 * (bytes, default 16 MiB) and {@code uploadParallelism} (parts in flight per upload, default 4).
 */
public final class AwsObjectStoreProvider implements ObjectStoreProvider {

    public static final String NAME = "velero.io/aws";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectStore open(LocationConfig location) {
        S3LocationOptions options = S3LocationOptions.from(location);
        return new S3ObjectStore(new S3ClientFactory(location, options), options, location.bucket());
    }
}
