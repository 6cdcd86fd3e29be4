package io.velerojava.storage.aws;

import io.velerojava.storage.LengthMismatchException;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.TransientStorageException;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns SDK failures into the store's exceptions, with a message that names the bucket, key and likely cause. */
final class S3FailureTranslator {

    private static final Set<String> ACCESS_ERRORS = Set.of("AccessDenied", "InvalidAccessKeyId",
            "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken", "AllAccessDisabled");
    private static final Set<String> TRANSIENT_ERRORS = Set.of("SlowDown", "RequestTimeout", "InternalError",
            "ServiceUnavailable", "RequestTimeTooSkewed");

    private final String endpoint;
    private final String bucket;

    S3FailureTranslator(String endpoint, String bucket) {
        this.endpoint = endpoint;
        this.bucket = bucket;
    }

    /** @param action what was attempted, e.g. "read s3://bucket/key" */
    ObjectStoreException translate(String action, SdkException failure) {
        if (LengthMismatchException.isCauseOf(failure)) {
            return new ObjectStoreException(action + ": " + rootMessage(failure), failure);
        }
        if (failure instanceof NoSuchKeyException) {
            return new ObjectNotFoundException(action + ": object does not exist", failure);
        }
        if (failure instanceof S3Exception s3) {
            int status = s3.statusCode();
            String code = s3.awsErrorDetails() == null ? "" : s3.awsErrorDetails().errorCode();
            if ("NoSuchBucket".equals(code)) {
                return new ObjectStoreException(action + ": bucket " + bucket + " does not exist at " + endpoint,
                        failure);
            }
            if ("NoSuchKey".equals(code) || (status == 404 && (code == null || code.isEmpty()))) {
                return new ObjectNotFoundException(action + ": object does not exist", failure);
            }
            if (status == 403 || ACCESS_ERRORS.contains(code)) {
                return new ObjectStoreException(action + ": access denied by " + endpoint + " (" + code + "); check"
                        + " the location's credential Secret, profile and bucket policy", failure);
            }
            if (status >= 500 || status == 429 || TRANSIENT_ERRORS.contains(code)) {
                return new TransientStorageException(action + ": " + endpoint + " answered " + status + " " + code,
                        failure);
            }
            return new ObjectStoreException(action + ": " + endpoint + " answered " + status + " " + code + ": "
                    + s3.getMessage(), failure);
        }
        if (failure instanceof SdkClientException) {
            return new TransientStorageException(action + ": cannot reach " + endpoint + ": " + failure.getMessage(),
                    failure);
        }
        return new ObjectStoreException(action + ": " + failure.getMessage(), failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
