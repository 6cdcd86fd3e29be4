package io.velerojava.storage.azure;

import io.velerojava.storage.LocationConfig;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/** The BSL config of an Azure location, with the keys of Velero's Azure plugin plus {@code uploadParallelism}. */
record AzureLocationOptions(
        String storageAccount,
        Optional<String> storageAccountKeyEnvVar,
        URI endpoint,
        long blockSize,
        int uploadParallelism) {

    static final String STORAGE_ACCOUNT = "storageAccount";
    static final String STORAGE_ACCOUNT_KEY_ENV_VAR = "storageAccountKeyEnvVar";
    static final String STORAGE_ACCOUNT_URI = "storageAccountURI";
    static final String RESOURCE_GROUP = "resourceGroup";
    static final String SUBSCRIPTION_ID = "subscriptionId";
    static final String USE_AAD = "useAAD";
    static final String ACTIVE_DIRECTORY_AUTHORITY_URI = "activeDirectoryAuthorityURI";
    static final String BLOCK_SIZE_IN_BYTES = "blockSizeInBytes";
    static final String UPLOAD_PARALLELISM = "uploadParallelism";

    /**
     * {@code resourceGroup}, {@code subscriptionId}, {@code useAAD} and {@code activeDirectoryAuthorityURI} are
     * accepted for compatibility with existing BSLs: authentication follows from whether an account key is
     * configured, and the blob endpoint needs no resource group.
     */
    static final Set<String> KEYS = Set.of(STORAGE_ACCOUNT, STORAGE_ACCOUNT_KEY_ENV_VAR, STORAGE_ACCOUNT_URI,
            RESOURCE_GROUP, SUBSCRIPTION_ID, USE_AAD, ACTIVE_DIRECTORY_AUTHORITY_URI, BLOCK_SIZE_IN_BYTES,
            UPLOAD_PARALLELISM);

    static final long DEFAULT_BLOCK_SIZE = 8L * 1024 * 1024;
    /** Azure's limit for one block (4000 MiB). */
    static final long MAX_BLOCK_SIZE = 4000L * 1024 * 1024;
    static final int DEFAULT_UPLOAD_PARALLELISM = 4;

    static AzureLocationOptions from(LocationConfig location) {
        location.requireOnlyKeys(KEYS);
        String account = text(location, STORAGE_ACCOUNT).orElseThrow(() -> new IllegalArgumentException(
                "the Azure location for container " + location.bucket() + " needs config key " + STORAGE_ACCOUNT));
        URI endpoint = text(location, STORAGE_ACCOUNT_URI)
                .map(value -> {
                    URI uri = URI.create(value);
                    if (uri.getScheme() == null || uri.getHost() == null) {
                        throw new IllegalArgumentException(STORAGE_ACCOUNT_URI + " must be an absolute URL such as"
                                + " https://" + account + ".blob.core.windows.net, got \"" + value + "\"");
                    }
                    return uri;
                })
                .orElseGet(() -> URI.create("https://" + account + ".blob.core.windows.net"));
        long blockSize = number(location, BLOCK_SIZE_IN_BYTES, DEFAULT_BLOCK_SIZE);
        if (blockSize < 1 || blockSize > MAX_BLOCK_SIZE) {
            throw new IllegalArgumentException(BLOCK_SIZE_IN_BYTES + " must be between 1 and " + MAX_BLOCK_SIZE
                    + ", got " + blockSize);
        }
        long parallelism = number(location, UPLOAD_PARALLELISM, DEFAULT_UPLOAD_PARALLELISM);
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException(UPLOAD_PARALLELISM + " must be between 1 and 64, got " + parallelism);
        }
        return new AzureLocationOptions(account, text(location, STORAGE_ACCOUNT_KEY_ENV_VAR), endpoint, blockSize,
                (int) parallelism);
    }

    private static Optional<String> text(LocationConfig location, String key) {
        return location.option(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static long number(LocationConfig location, String key, long defaultValue) {
        return text(location, key).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number, got \"" + value + "\"");
            }
        }).orElse(defaultValue);
    }
}
