package io.velerojava.repository.content;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PBKDF2-HMAC-SHA256 from the password to the 256-bit key that wraps the repository's master keys. */
public record KeyDerivation(String algorithm, int iterations, byte[] salt) {

    public static final String PBKDF2_SHA256 = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256 (about half a second on one core). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Lower counts are refused: they would make offline password guessing cheap. Tests use this minimum. */
    public static final int MINIMUM_ITERATIONS = 1_000;
    /**
     * Keys derived in this process, so a long-running node agent opening the same repository for every pod volume
     * pays the deliberate half second once, not per backup. Only a process that already holds the password can
     * hit it; a different password, salt or count misses.
     */
    private static final int REMEMBERED_KEYS = 64;
    private static final Map<String, byte[]> DERIVED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > REMEMBERED_KEYS;
        }
    };

    public KeyDerivation {
        if (!PBKDF2_SHA256.equals(algorithm)) {
            throw new IllegalArgumentException("unsupported key derivation '" + algorithm + "'");
        }
        if (iterations < MINIMUM_ITERATIONS) {
            throw new IllegalArgumentException("key derivation needs at least " + MINIMUM_ITERATIONS
                    + " iterations, got " + iterations);
        }
        if (salt.length < 16) {
            throw new IllegalArgumentException("key derivation salt must be at least 16 bytes");
        }
        salt = salt.clone();
    }

    public static KeyDerivation withRandomSalt(int iterations) {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return new KeyDerivation(PBKDF2_SHA256, iterations, salt);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    public byte[] deriveKey(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the repository password must not be empty");
        }
        String rememberedAs = algorithm + "/" + iterations + "/" + Base64.getEncoder().encodeToString(salt) + "/"
                + password;
        synchronized (DERIVED) {
            byte[] known = DERIVED.get(rememberedAs);
            if (known != null) {
                return known.clone();
            }
        }
        byte[] key = derive(password);
        synchronized (DERIVED) {
            DERIVED.put(rememberedAs, key.clone());
        }
        return key;
    }

    private byte[] derive(String password) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not usable in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
