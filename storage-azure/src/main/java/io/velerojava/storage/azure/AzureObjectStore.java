package io.velerojava.storage.azure;

import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.models.ParallelTransferOptions;
import com.azure.storage.blob.models.UserDelegationKey;
import com.azure.storage.blob.options.BlobInputStreamOptions;
import com.azure.storage.blob.options.BlobParallelUploadOptions;
import com.azure.storage.blob.sas.BlobSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.azure.storage.common.StorageSharedKeyCredential;
import io.velerojava.storage.ByteRange;
import io.velerojava.storage.DeclaredLengthInputStream;
import io.velerojava.storage.ObjectInfo;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A container of Azure Blob Storage (or Azurite). Uploads are block blobs: one Put Blob up to the block size, else
 * blocks staged in parallel and committed at the end, so a blob changes only at the commit.
 */
final class AzureObjectStore implements ObjectStore {

    private static final Duration USER_DELEGATION_KEY_LIFETIME = Duration.ofHours(1);

    private final BlobServiceClient service;
    private final BlobContainerClient container;
    private final Optional<StorageSharedKeyCredential> sharedKey;
    private final ParallelTransferOptions transfer;
    private final AzureFailureTranslator failures;
    private UserDelegationKey delegationKey;

    AzureObjectStore(BlobServiceClient service, String containerName, Optional<StorageSharedKeyCredential> sharedKey,
                     AzureLocationOptions options) {
        this.service = service;
        this.container = service.getBlobContainerClient(containerName);
        this.sharedKey = sharedKey;
        this.transfer = new ParallelTransferOptions()
                .setBlockSizeLong(options.blockSize())
                .setMaxSingleUploadSizeLong(options.blockSize())
                .setMaxConcurrency(options.uploadParallelism());
        this.failures = new AzureFailureTranslator(options.endpoint().toString(), containerName);
    }

    @Override
    public void put(String key, InputStream data, OptionalLong length) {
        DeclaredLengthInputStream checked = length.isPresent()
                ? new DeclaredLengthInputStream(data, length.getAsLong())
                : null;
        try {
            blob(key).uploadWithResponse(new BlobParallelUploadOptions(checked != null ? checked : data)
                    .setParallelTransferOptions(transfer), null, null);
        } catch (RuntimeException e) {
            if (checked != null && checked.mismatch().isPresent()) {
                throw new ObjectStoreException(action("upload", key) + ": " + checked.mismatch().get().getMessage(),
                        e);
            }
            throw translate(e, "upload", key);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            return blob(key).exists();
        } catch (RuntimeException e) {
            throw translate(e, "check", key);
        }
    }

    @Override
    public InputStream get(String key) {
        try {
            return blob(key).openInputStream();
        } catch (RuntimeException e) {
            throw translate(e, "read", key);
        }
    }

    @Override
    public InputStream get(String key, ByteRange range) {
        try {
            return blob(key).openInputStream(new BlobInputStreamOptions()
                    .setRange(new BlobRange(range.offset(), range.length())));
        } catch (RuntimeException e) {
            throw translate(e, "read", key);
        }
    }

    @Override
    public List<String> listCommonPrefixes(String prefix, String delimiter) {
        try {
            return container.listBlobsByHierarchy(delimiter, new ListBlobsOptions().setPrefix(prefix), null).stream()
                    .filter(item -> Boolean.TRUE.equals(item.isPrefix()))
                    .map(BlobItem::getName)
                    .toList();
        } catch (RuntimeException e) {
            throw translate(e, "list", prefix);
        }
    }

    @Override
    public List<ObjectInfo> list(String prefix) {
        try {
            return container.listBlobs(new ListBlobsOptions().setPrefix(prefix), null).stream()
                    .map(item -> new ObjectInfo(item.getName(), item.getProperties().getContentLength(),
                            item.getProperties().getLastModified().toInstant()))
                    .toList();
        } catch (RuntimeException e) {
            throw translate(e, "list", prefix);
        }
    }

    @Override
    public void delete(String key) {
        try {
            blob(key).deleteIfExists();
        } catch (RuntimeException e) {
            ObjectStoreException failure = translate(e, "delete", key);
            if (!(failure instanceof ObjectNotFoundException)) {
                throw failure;
            }
        }
    }

    /** A read-only SAS: signed with the account key, or with a user delegation key when authenticated by AAD. */
    @Override
    public URI signedDownloadUrl(String key, Duration ttl) {
        BlobClient blob = blob(key);
        BlobServiceSasSignatureValues values = new BlobServiceSasSignatureValues(OffsetDateTime.now().plus(ttl),
                new BlobSasPermission().setReadPermission(true));
        try {
            String sas = sharedKey.isPresent()
                    ? blob.generateSas(values)
                    : blob.generateUserDelegationSas(values, userDelegationKey(ttl));
            return URI.create(blob.getBlobUrl() + "?" + sas);
        } catch (RuntimeException e) {
            throw translate(e, "sign a download URL for", key);
        }
    }

    private synchronized UserDelegationKey userDelegationKey(Duration ttl) {
        OffsetDateTime neededUntil = OffsetDateTime.now().plus(ttl);
        if (delegationKey == null || delegationKey.getSignedExpiry().isBefore(neededUntil)) {
            OffsetDateTime start = OffsetDateTime.now().minusMinutes(5);
            delegationKey = service.getUserDelegationKey(start, neededUntil.plus(USER_DELEGATION_KEY_LIFETIME));
        }
        return delegationKey;
    }

    @Override
    public void close() {
        // The SDK's HTTP client is shared and closes with the JVM.
    }

    private BlobClient blob(String key) {
        return container.getBlobClient(key);
    }

    private ObjectStoreException translate(RuntimeException e, String verb, String key) {
        return failures.translate(action(verb, key), e);
    }

    private String action(String verb, String key) {
        return "cannot " + verb + " " + container.getBlobContainerUrl() + "/" + key;
    }
}
