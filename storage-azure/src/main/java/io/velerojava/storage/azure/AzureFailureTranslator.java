package io.velerojava.storage.azure;

import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobStorageException;
import io.velerojava.storage.LengthMismatchException;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.TransientStorageException;

/** Turns Azure SDK failures into the store's exceptions, naming the account, container and likely cause. */
final class AzureFailureTranslator {

    private final String endpoint;
    private final String container;

    AzureFailureTranslator(String endpoint, String container) {
        this.endpoint = endpoint;
        this.container = container;
    }

    ObjectStoreException translate(String action, RuntimeException failure) {
        if (LengthMismatchException.isCauseOf(failure)) {
            return new ObjectStoreException(action + ": " + rootMessage(failure), failure);
        }
        if (failure instanceof BlobStorageException storage) {
            BlobErrorCode code = storage.getErrorCode();
            int status = storage.getStatusCode();
            if (BlobErrorCode.CONTAINER_NOT_FOUND.equals(code)) {
                return new ObjectStoreException(action + ": container " + container + " does not exist at "
                        + endpoint, failure);
            }
            if (BlobErrorCode.BLOB_NOT_FOUND.equals(code) || status == 404) {
                return new ObjectNotFoundException(action + ": object does not exist", failure);
            }
            if (status == 403 || status == 401) {
                return new ObjectStoreException(action + ": access denied by " + endpoint + " (" + code + "); check"
                        + " the location's credential Secret, storageAccount and storageAccountKeyEnvVar", failure);
            }
            if (status >= 500 || status == 429) {
                return new TransientStorageException(action + ": " + endpoint + " answered " + status + " " + code,
                        failure);
            }
            return new ObjectStoreException(action + ": " + endpoint + " answered " + status + " " + code, failure);
        }
        if (failure instanceof ObjectStoreException own) {
            return own;
        }
        // No answer: connection refused, DNS, TLS, timeouts (the SDK wraps them in plain runtime exceptions).
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
