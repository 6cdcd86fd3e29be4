package io.velerojava.api.validation;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.BackupStorageLocationSpec;
import io.velerojava.api.v1.ObjectStorageLocation;
import java.util.Base64;
import java.util.List;

/** The checks Velero makes on a BackupStorageLocation's spec before it uses the location. */
public final class BackupStorageLocationSpecValidator {

    /** S3 multi-region access point ARNs are bucket names that contain '/'. */
    private static final String S3_ARN_PREFIX = "arn:aws:s3:";

    private BackupStorageLocationSpecValidator() {
    }

    /** Every problem of the spec as "{@code <field path>: <problem>}"; empty when it is valid. */
    public static List<String> validate(BackupStorageLocationSpec spec) {
        FieldErrors errors = new FieldErrors();
        errors.requireText("spec.provider", spec.getProvider(), "; name the object store plugin, e.g. aws, gcp or azure");
        checkObjectStorage(errors, spec.getObjectStorage());
        errors.checkKnown("spec.accessMode", spec.getAccessMode(), BackupStorageLocationAccessMode.KNOWN);
        errors.checkDuration("spec.backupSyncPeriod", spec.getBackupSyncPeriod());
        errors.checkDuration("spec.validationFrequency", spec.getValidationFrequency());
        checkSecretKey(errors, "spec.credential", spec.getCredential());
        return errors.toList();
    }

    private static void checkObjectStorage(FieldErrors errors, ObjectStorageLocation storage) {
        if (storage == null) {
            errors.add("spec.objectStorage", "required; set at least objectStorage.bucket");
            return;
        }
        String bucket = storage.getBucket();
        errors.requireText("spec.objectStorage.bucket", bucket, "; name the bucket (or container) holding backups");
        if (bucket != null && !bucket.startsWith(S3_ARN_PREFIX) && trimSlashes(bucket).contains("/")) {
            errors.add("spec.objectStorage.bucket", "\"" + bucket + "\" must not contain \"/\"; put the path below "
                    + "the bucket into spec.objectStorage.prefix");
        }
        if (storage.getCaCert() != null && storage.getCaCertRef() != null) {
            errors.add("spec.objectStorage", "set caCert or caCertRef, not both; caCertRef (a Secret key) is preferred");
        }
        if (storage.getCaCert() != null && !isBase64(storage.getCaCert())) {
            errors.add("spec.objectStorage.caCert", "must be the base64-encoded PEM bundle");
        }
        checkSecretKey(errors, "spec.objectStorage.caCertRef", storage.getCaCertRef());
    }

    private static void checkSecretKey(FieldErrors errors, String path, SecretKeySelector selector) {
        if (selector == null) {
            return;
        }
        errors.requireText(path + ".name", selector.getName(), "; name a Secret in the Velero namespace");
        errors.requireText(path + ".key", selector.getKey(), "; name the key within the Secret");
    }

    private static String trimSlashes(String bucket) {
        return bucket.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    private static boolean isBase64(String text) {
        try {
            // Go's JSON decoding of []byte skips line breaks but nothing else.
            Base64.getDecoder().decode(text.replace("\r", "").replace("\n", ""));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
