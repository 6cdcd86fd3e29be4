package io.velerojava.storage.gcp;

import com.google.cloud.storage.StorageException;
import io.velerojava.storage.LengthMismatchException;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.TransientStorageException;

/** Turns google-cloud-storage failures into the store's exceptions, naming the bucket, key and likely cause. */
final class GcsFailureTranslator {

    private final String endpoint;
    private final String bucket;

    GcsFailureTranslator(String endpoint, String bucket) {
        this.endpoint = endpoint;
        this.bucket = bucket;
    }

    ObjectStoreException translate(String action, Exception failure) {
        if (LengthMismatchException.isCauseOf(failure)) {
            return new ObjectStoreException(action + ": " + rootMessage(failure), failure);
        }
        if (failure instanceof StorageException storage) {
            int code = storage.getCode();
            String message = String.valueOf(storage.getMessage());
            if (code == 404 && message.toLowerCase().contains("bucket")) {
                return new ObjectStoreException(action + ": bucket " + bucket + " does not exist at " + endpoint,
                        failure);
            }
            if (code == 404) {
                return new ObjectNotFoundException(action + ": object does not exist", failure);
            }
            if (code == 401 || code == 403) {
                return new ObjectStoreException(action + ": access denied by " + endpoint + " (" + code + " "
                        + message + "); check the location's credential Secret and the bucket's IAM roles", failure);
            }
            if (code == 429 || code >= 500) {
                return new TransientStorageException(action + ": " + endpoint + " answered " + code + " " + message,
                        failure);
            }
            if (code == 0 || storage.isRetryable()) {
                return new TransientStorageException(action + ": cannot reach " + endpoint + ": "
                        + rootMessage(failure), failure);
            }
            return new ObjectStoreException(action + ": " + endpoint + " answered " + code + " " + message, failure);
        }
        return new TransientStorageException(action + ": cannot reach " + endpoint + ": " + rootMessage(failure),
                failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
