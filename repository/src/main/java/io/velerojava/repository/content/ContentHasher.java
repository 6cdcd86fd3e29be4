package io.velerojava.repository.content;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Computes content IDs: HMAC-SHA256 under the repository's hash key, so IDs reveal nothing about the data. */
public final class ContentHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final ThreadLocal<Mac> macs;

    public ContentHasher(byte[] hashKey) {
        SecretKeySpec key = new SecretKeySpec(hashKey.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not usable in this JVM", e);
            }
        });
    }

    public ContentId idOf(byte[] data, int offset, int length) {
        Mac mac = macs.get();
        mac.update(data, offset, length);
        return ContentId.of(mac.doFinal());
    }
}
