package io.velerojava.repository.content;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per message. A sealed message is {@code nonce(12) || ciphertext || tag(16)}.
 * The associated data binds a message to its role (a content ID, or a blob kind), so a valid ciphertext cannot be
 * replayed in another place.
 */
public final class AuthenticatedCipher {

    public static final int NONCE_LENGTH = 12;
    public static final int TAG_LENGTH = 16;
    public static final int OVERHEAD = NONCE_LENGTH + TAG_LENGTH;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    /**
     * The JDK's AES-GCM runs interpreted (about 20 MB/s) until the JIT compiles its intrinsic, which it does after
     * enough calls. Feeding 1 MiB chunks in one call reaches that after some hundred MB; 8 KiB slices after a few MB
     * (measured on JDK 17), and cost nothing once compiled. This matters because every backup may be a fresh JVM.
     */
    private static final int JIT_FRIENDLY_SLICE = 8192;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public AuthenticatedCipher(byte[] key256) {
        if (key256.length != 32) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        this.key = new SecretKeySpec(key256, "AES");
    }

    /** Encrypts {@code prefix || data[offset, offset+length)} (the prefix saves a copy of the data). */
    public byte[] seal(byte[] aad, byte[] prefix, byte[] data, int offset, int length) {
        byte[] sealed = new byte[NONCE_LENGTH + prefix.length + length + TAG_LENGTH];
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        System.arraycopy(nonce, 0, sealed, 0, NONCE_LENGTH);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(aad);
            int written = NONCE_LENGTH;
            if (prefix.length > 0) {
                written += cipher.update(prefix, 0, prefix.length, sealed, written);
            }
            int end = offset + length;
            int position = offset;
            for (; end - position > JIT_FRIENDLY_SLICE; position += JIT_FRIENDLY_SLICE) {
                written += cipher.update(data, position, JIT_FRIENDLY_SLICE, sealed, written);
            }
            written += cipher.doFinal(data, position, end - position, sealed, written);
            if (written != sealed.length) {
                throw new IllegalStateException("AES-GCM wrote " + written + " bytes, expected " + sealed.length);
            }
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not usable in this JVM", e);
        }
    }

    public byte[] seal(byte[] aad, byte[] plaintext) {
        return seal(aad, new byte[0], plaintext, 0, plaintext.length);
    }

    /** Decrypts and authenticates; {@code what} names the data in the error message. */
    public byte[] open(byte[] aad, byte[] sealed, String what) throws CorruptContentException {
        if (sealed.length < OVERHEAD) {
            throw new CorruptContentException(what + " is truncated: " + sealed.length + " bytes");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, sealed, 0, NONCE_LENGTH));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH);
        } catch (AEADBadTagException e) {
            throw new CorruptContentException(what + " failed authentication: it was damaged or tampered with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not usable in this JVM", e);
        }
    }
}
