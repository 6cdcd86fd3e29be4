package io.velerojava.repository.content;

/**
 * The two random 256-bit master keys of a repository: one encrypts, one keys the content hash. They are created
 * once and stored in the config blob, wrapped with a key derived from the password.
 */
public record RepositoryKeys(byte[] encryptionKey, byte[] hashKey) {

    public RepositoryKeys {
        if (encryptionKey.length != 32 || hashKey.length != 32) {
            throw new IllegalArgumentException("repository keys are 32 bytes each");
        }
        encryptionKey = encryptionKey.clone();
        hashKey = hashKey.clone();
    }

    @Override
    public byte[] encryptionKey() {
        return encryptionKey.clone();
    }

    @Override
    public byte[] hashKey() {
        return hashKey.clone();
    }

    @Override
    public String toString() {
        return "RepositoryKeys[redacted]";
    }
}
