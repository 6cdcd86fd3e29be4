package io.velerojava.storage.aws;

import io.velerojava.storage.ByteRange;
import io.velerojava.storage.DeclaredLengthInputStream;
import io.velerojava.storage.ObjectInfo;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * A bucket of S3 or an S3-compatible server. Objects of known length up to {@link #singlePutLimit} go up in one
 * PutObject; larger ones, and streams of unknown length that outgrow one chunk, as a parallel multipart upload.
 */
final class S3ObjectStore implements ObjectStore {

    private static final AtomicInteger WORKER_SEQUENCE = new AtomicInteger();
    /**
     * Known-length objects of up to two chunks (but no more than this in memory) are sent in one PutObject: as a
     * multipart upload of two parts they would cost four requests instead of one, and the file-system backup
     * repository's packs (16 MiB plus up to one chunk of data) would all take that path with the default chunk size.
     */
    private static final long SINGLE_PUT_MEMORY_LIMIT = 64L * 1024 * 1024;

    private final S3Client s3;
    private final S3ClientFactory clients;
    private final S3LocationOptions options;
    private final String bucket;
    private final S3FailureTranslator failures;
    private final ExecutorService uploadWorkers;
    private final MultipartUploader multipart;
    private S3Presigner presigner;

    S3ObjectStore(S3ClientFactory clients, S3LocationOptions options, String bucket) {
        this.s3 = clients.client();
        this.clients = clients;
        this.options = options;
        this.bucket = bucket;
        this.failures = new S3FailureTranslator(options.s3Url().map(URI::toString).orElse("AWS S3"), bucket);
        this.uploadWorkers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "s3-upload-" + WORKER_SEQUENCE.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.multipart = new MultipartUploader(s3, uploadWorkers, failures, (int) options.multipartChunkSize(),
                options.uploadParallelism());
    }

    @Override
    public void put(String key, InputStream data, OptionalLong length) {
        int chunkSize = (int) options.multipartChunkSize();
        if (length.isPresent() && length.getAsLong() <= singlePutLimit(chunkSize)) {
            // In memory, so that the SDK can send the body again when it retries a failed attempt.
            byte[] body;
            try {
                body = new DeclaredLengthInputStream(data, length.getAsLong()).readAllBytes();
            } catch (IOException e) {
                throw new ObjectStoreException(action("upload", key) + ": reading the data failed: " + e.getMessage(),
                        e);
            }
            putSingle(key, RequestBodies.inMemory(body));
            return;
        }
        InputStream source = length.isPresent() ? new DeclaredLengthInputStream(data, length.getAsLong()) : data;
        byte[] firstChunk;
        try {
            firstChunk = source.readNBytes(chunkSize);
        } catch (IOException e) {
            throw new ObjectStoreException(action("upload", key) + ": reading the data failed: " + e.getMessage(), e);
        }
        if (firstChunk.length < chunkSize) {
            putSingle(key, RequestBodies.inMemory(firstChunk));
            return;
        }
        multipart.upload(createMultipart(key), firstChunk, source, this::withChecksum);
    }

    static long singlePutLimit(long chunkSize) {
        return Math.max(chunkSize, Math.min(2 * chunkSize, SINGLE_PUT_MEMORY_LIMIT));
    }

    private void putSingle(String key, RequestBody body) {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(bucket).key(key);
        options.serverSideEncryption().ifPresent(request::serverSideEncryption);
        options.kmsKeyId().ifPresent(request::ssekmsKeyId);
        options.tagging().ifPresent(request::tagging);
        options.checksumAlgorithm().ifPresent(request::checksumAlgorithm);
        try {
            s3.putObject(request.build(), body);
        } catch (SdkException e) {
            throw translate(e, "upload", key);
        } catch (java.io.UncheckedIOException e) {
            throw new ObjectStoreException(action("upload", key) + ": reading the data failed: " + e.getMessage(), e);
        }
    }

    private CreateMultipartUploadRequest createMultipart(String key) {
        CreateMultipartUploadRequest.Builder request = CreateMultipartUploadRequest.builder().bucket(bucket).key(key);
        options.serverSideEncryption().ifPresent(request::serverSideEncryption);
        options.kmsKeyId().ifPresent(request::ssekmsKeyId);
        options.tagging().ifPresent(request::tagging);
        options.checksumAlgorithm().ifPresent(request::checksumAlgorithm);
        return request.build();
    }

    private UploadPartRequest.Builder withChecksum(UploadPartRequest.Builder part) {
        options.checksumAlgorithm().ifPresent(part::checksumAlgorithm);
        return part;
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (SdkException e) {
            ObjectStoreException failure = translate(e, "check", key);
            if (failure instanceof ObjectNotFoundException) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public InputStream get(String key) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw translate(e, "read", key);
        }
    }

    @Override
    public InputStream get(String key, ByteRange range) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key)
                    .range("bytes=" + range.offset() + "-" + range.lastOffset()));
        } catch (SdkException e) {
            throw translate(e, "read", key);
        }
    }

    @Override
    public List<String> listCommonPrefixes(String prefix, String delimiter) {
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix).delimiter(delimiter))
                    .commonPrefixes().stream()
                    .map(CommonPrefix::prefix)
                    .toList();
        } catch (SdkException e) {
            throw translate(e, "list", prefix);
        }
    }

    @Override
    public List<ObjectInfo> list(String prefix) {
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))
                    .contents().stream()
                    .map(object -> new ObjectInfo(object.key(), object.size(), object.lastModified()))
                    .toList();
        } catch (SdkException e) {
            throw translate(e, "list", prefix);
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            ObjectStoreException failure = translate(e, "delete", key);
            if (!(failure instanceof ObjectNotFoundException)) {
                throw failure;
            }
        }
    }

    @Override
    public URI signedDownloadUrl(String key, Duration ttl) {
        try {
            return presigner().presignGetObject(b -> b.signatureDuration(ttl)
                    .getObjectRequest(get -> get.bucket(bucket).key(key))).url().toURI();
        } catch (SdkException e) {
            throw translate(e, "sign a download URL for", key);
        } catch (URISyntaxException e) {
            throw new ObjectStoreException(action("sign a download URL for", key) + ": " + e.getMessage(), e);
        }
    }

    /** Created on first use: on AWS without a configured region, the bucket's region is looked up first. */
    private synchronized S3Presigner presigner() {
        if (presigner == null) {
            Region region = clients.knownRegion().orElseGet(this::lookUpBucketRegion);
            presigner = clients.presigner(region);
        }
        return presigner;
    }

    private Region lookUpBucketRegion() {
        try {
            return Region.of(s3.headBucket(b -> b.bucket(bucket)).bucketRegion());
        } catch (SdkException e) {
            throw translate(e, "look up the region of", "");
        }
    }

    @Override
    public synchronized void close() {
        uploadWorkers.shutdownNow();
        if (presigner != null) {
            presigner.close();
        }
        s3.close();
    }

    private ObjectStoreException translate(SdkException e, String verb, String key) {
        return failures.translate(action(verb, key), e);
    }

    private String action(String verb, String key) {
        return "cannot " + verb + " s3://" + bucket + "/" + key;
    }
}
