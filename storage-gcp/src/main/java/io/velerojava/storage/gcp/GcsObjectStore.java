package io.velerojava.storage.gcp;

import com.google.auth.ServiceAccountSigner;
import com.google.cloud.ReadChannel;
import com.google.cloud.WriteChannel;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import com.google.cloud.storage.Storage.BlobWriteOption;
import com.google.cloud.storage.Storage.SignUrlOption;
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
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/**
 * A bucket of Google Cloud Storage (or fake-gcs-server). Uploads are resumable uploads, which make the object
 * visible only when finalized.
 */
final class GcsObjectStore implements ObjectStore {

    private final Storage storage;
    private final String bucket;
    private final GcsLocationOptions options;
    private final Optional<ServiceAccountSigner> signer;
    private final GcsFailureTranslator failures;

    /** @param signer signs download URLs when the client's own credentials cannot (IAM signing, emulators) */
    GcsObjectStore(Storage storage, String bucket, GcsLocationOptions options, Optional<ServiceAccountSigner> signer) {
        this.storage = storage;
        this.bucket = bucket;
        this.options = options;
        this.signer = signer;
        this.failures = new GcsFailureTranslator(options.endpoint().map(URI::toString)
                .orElse("https://storage.googleapis.com"), bucket);
    }

    /**
     * Objects up to one chunk go up in a single request; larger ones through a resumable upload that is finalized
     * only after the whole stream was read. The SDK's {@code createFrom} would finalize the upload even when the
     * source stream fails, storing a truncated object, so the channel is closed (finalized) only on success and
     * otherwise abandoned: an unfinalized resumable upload is never visible and expires on its own.
     */
    @Override
    public void put(String key, InputStream data, OptionalLong length) {
        InputStream source = length.isPresent() ? new DeclaredLengthInputStream(data, length.getAsLong()) : data;
        BlobInfo blob = BlobInfo.newBuilder(blobId(key)).build();
        BlobWriteOption[] writeOptions = options.kmsKeyName()
                .map(name -> new BlobWriteOption[]{BlobWriteOption.kmsKeyName(name)})
                .orElse(new BlobWriteOption[0]);
        try {
            byte[] firstChunk = source.readNBytes(options.uploadChunkSize());
            if (firstChunk.length < options.uploadChunkSize()) {
                storage.create(blob, firstChunk, options.kmsKeyName()
                        .map(name -> new Storage.BlobTargetOption[]{Storage.BlobTargetOption.kmsKeyName(name)})
                        .orElse(new Storage.BlobTargetOption[0]));
                return;
            }
            WriteChannel writer = storage.writer(blob, writeOptions);
            writer.setChunkSize(options.uploadChunkSize());
            writeFully(writer, firstChunk);
            byte[] buffer = new byte[options.uploadChunkSize()];
            for (int n = source.readNBytes(buffer, 0, buffer.length); n > 0;
                 n = source.readNBytes(buffer, 0, buffer.length)) {
                writeFully(writer, Arrays.copyOf(buffer, n));
            }
            writer.close();
        } catch (IOException | RuntimeException e) {
            throw translate(e, "upload", key);
        }
    }

    private static void writeFully(WriteChannel writer, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            writer.write(buffer);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            return storage.get(blobId(key), Storage.BlobGetOption.fields(Storage.BlobField.NAME)) != null;
        } catch (RuntimeException e) {
            throw translate(e, "check", key);
        }
    }

    @Override
    public InputStream get(String key) {
        return open(key, Optional.empty());
    }

    @Override
    public InputStream get(String key, ByteRange range) {
        return open(key, Optional.of(range));
    }

    /** Checks existence first: the SDK's reader is lazy and would report a missing object only on first read. */
    private InputStream open(String key, Optional<ByteRange> range) {
        try {
            Blob blob = storage.get(blobId(key), Storage.BlobGetOption.fields(Storage.BlobField.SIZE,
                    Storage.BlobField.GENERATION));
            if (blob == null) {
                throw new ObjectNotFoundException(action("read", key) + ": object does not exist");
            }
            // Pinning the generation keeps a concurrent overwrite from mixing two versions in one read.
            ReadChannel reader = storage.reader(BlobId.of(bucket, key, blob.getGeneration()));
            if (range.isPresent()) {
                if (range.get().offset() >= blob.getSize()) {
                    reader.close();
                    throw new ObjectStoreException(action("read", key) + ": range starting at "
                            + range.get().offset() + " lies beyond the end of the " + blob.getSize() + "-byte object");
                }
                reader.seek(range.get().offset());
                reader.limit(range.get().offset() + range.get().length());
            }
            return Channels.newInputStream(reader);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ObjectStoreException own) {
                throw own;
            }
            throw translate(e, "read", key);
        }
    }

    @Override
    public List<String> listCommonPrefixes(String prefix, String delimiter) {
        try {
            return StreamSupport.stream(storage.list(bucket, BlobListOption.prefix(prefix),
                            BlobListOption.delimiter(delimiter)).iterateAll().spliterator(), false)
                    .filter(Blob::isDirectory)
                    .map(Blob::getName)
                    .toList();
        } catch (RuntimeException e) {
            throw translate(e, "list", prefix);
        }
    }

    @Override
    public List<ObjectInfo> list(String prefix) {
        try {
            return StreamSupport.stream(storage.list(bucket, BlobListOption.prefix(prefix),
                            BlobListOption.fields(Storage.BlobField.NAME, Storage.BlobField.SIZE,
                                    Storage.BlobField.UPDATED)).iterateAll().spliterator(), false)
                    .map(blob -> new ObjectInfo(blob.getName(), blob.getSize(),
                            Instant.ofEpochMilli(blob.getUpdateTime())))
                    .toList();
        } catch (RuntimeException e) {
            throw translate(e, "list", prefix);
        }
    }

    @Override
    public void delete(String key) {
        try {
            storage.delete(blobId(key));
        } catch (RuntimeException e) {
            ObjectStoreException failure = translate(e, "delete", key);
            if (!(failure instanceof ObjectNotFoundException)) {
                throw failure;
            }
        }
    }

    /**
     * A V4 signed URL. Signing needs a service account: the key in the credential Secret, or {@code serviceAccount}
     * signed through the IAM API (workload identity).
     */
    @Override
    public URI signedDownloadUrl(String key, Duration ttl) {
        List<SignUrlOption> signOptions = new ArrayList<>();
        signOptions.add(SignUrlOption.withV4Signature());
        options.endpoint().ifPresent(endpoint -> signOptions.add(SignUrlOption.withHostName(endpoint.toString())));
        signer.ifPresent(accountSigner -> signOptions.add(SignUrlOption.signWith(accountSigner)));
        try {
            return storage.signUrl(BlobInfo.newBuilder(blobId(key)).build(), ttl.toSeconds(), TimeUnit.SECONDS,
                    signOptions.toArray(SignUrlOption[]::new)).toURI();
        } catch (IllegalStateException e) {
            throw new ObjectStoreException(action("sign a download URL for", key) + ": signing needs a service"
                    + " account key in the location's credential Secret, or config key serviceAccount for IAM"
                    + " signing (" + e.getMessage() + ")", e);
        } catch (URISyntaxException | RuntimeException e) {
            throw translate(e, "sign a download URL for", key);
        }
    }

    @Override
    public void close() {
        try {
            storage.close();
        } catch (Exception e) {
            // Closing only releases pooled connections; nothing to recover.
        }
    }

    private BlobId blobId(String key) {
        return BlobId.of(bucket, key);
    }

    private ObjectStoreException translate(Exception e, String verb, String key) {
        return failures.translate(action(verb, key), e);
    }

    private String action(String verb, String key) {
        return "cannot " + verb + " gs://" + bucket + "/" + key;
    }
}
