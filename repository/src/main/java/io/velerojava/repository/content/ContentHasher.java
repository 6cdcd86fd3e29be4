package io.velerojava.repository.content;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Computes content IDs: HMAC-SHA256 under the repository's hash key, so IDs reveal nothing about the data. */
public final class ContentHasher {

    private static final String ALGORITHM = "HmacSHA256";
    /** Small updates get SHA-256's intrinsic compiled sooner; see AuthenticatedCipher. */
    private static final int JIT_FRIENDLY_SLICE = 8192;

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
        int end = offset + length;
        for (int position = offset; position < end; position += JIT_FRIENDLY_SLICE) {
            mac.update(data, position, Math.min(JIT_FRIENDLY_SLICE, end - position));
        }
        return ContentId.of(mac.doFinal());
    }
}
