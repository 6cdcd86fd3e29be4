package io.velerojava.repository.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.velerojava.repository.blob.BlobNotFoundException;
import io.velerojava.repository.blob.BlobStorage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads and writes the {@code config} blob: plaintext key-derivation parameters and the sealed
 * {@link RepositoryParameters}. The only blob readable without the password, and it reveals nothing but the KDF
 * salt and cost.
 */
public final class ConfigBlob {

    static final String FORMAT = "velero-java-repository";
    /** 2: every sealed thing is a sequence of 8 KiB AES-GCM segments (1: one AES-GCM message, random nonce). */
    static final int VERSION = 2;
    private static final byte[] AAD = "velero-java config".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigBlob() {
    }

    record Stored(String format, int version, Kdf keyDerivation, String sealedParameters) {
    }

    record Kdf(String algorithm, int iterations, String salt) {
    }

    record Sealed(String repositoryId, String encryptionKey, String hashKey, int chunkMinSize, int chunkAverageSize,
            int chunkMaxSize, CompressionSettings.Algorithm compression, int compressionLevel, int packTargetSize) {
    }

    public static void write(BlobStorage storage, RepositoryParameters parameters, KeyDerivation kdf,
            String password) throws IOException {
        Base64.Encoder base64 = Base64.getEncoder();
        Sealed sealed = new Sealed(parameters.repositoryId(),
                base64.encodeToString(parameters.keys().encryptionKey()),
                base64.encodeToString(parameters.keys().hashKey()),
                parameters.chunker().minSize(), parameters.chunker().averageSize(), parameters.chunker().maxSize(),
                parameters.compression().algorithm(), parameters.compression().level(),
                parameters.packTargetSize());
        AuthenticatedCipher wrapping = new AuthenticatedCipher(kdf.deriveKey(password));
        byte[] sealedBytes = wrapping.seal(AAD, JSON.writeValueAsBytes(sealed));
        Stored stored = new Stored(FORMAT, VERSION,
                new Kdf(kdf.algorithm(), kdf.iterations(), base64.encodeToString(kdf.salt())),
                base64.encodeToString(sealedBytes));
        storage.put(BlobLayout.CONFIG, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored));
    }

    public static RepositoryParameters read(BlobStorage storage, String password) throws IOException {
        byte[] bytes;
        try {
            bytes = storage.get(BlobLayout.CONFIG);
        } catch (BlobNotFoundException e) {
            throw new IOException("there is no repository in this storage (blob '" + BlobLayout.CONFIG
                    + "' does not exist): create one first", e);
        }
        Stored stored;
        try {
            stored = JSON.readValue(bytes, Stored.class);
        } catch (JsonProcessingException e) {
            throw new CorruptContentException("the config blob is not valid JSON", e);
        }
        if (!FORMAT.equals(stored.format())) {
            throw new IOException("the config blob describes format '" + stored.format() + "', not a "
                    + FORMAT + ": this storage holds something else");
        }
        if (stored.version() != VERSION) {
            throw new IOException("the repository has format version " + stored.version() + (stored.version()
                    < VERSION ? ", written by an earlier build" : ", written by a newer build") + "; this build"
                    + " reads version " + VERSION + " only. Read its snapshots with a build of that version, or"
                    + " create a new repository elsewhere");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        KeyDerivation kdf = new KeyDerivation(stored.keyDerivation().algorithm(), stored.keyDerivation().iterations(),
                base64.decode(stored.keyDerivation().salt()));
        AuthenticatedCipher wrapping = new AuthenticatedCipher(kdf.deriveKey(password));
        byte[] plain;
        try {
            plain = wrapping.open(AAD, base64.decode(stored.sealedParameters()), "the repository key block");
        } catch (CorruptContentException e) {
            throw new WrongPasswordException("the repository password is wrong: it does not decrypt the key block"
                    + " in blob '" + BlobLayout.CONFIG + "' (if the password is right, that blob was damaged)");
        }
        Sealed sealed = JSON.readValue(plain, Sealed.class);
        return new RepositoryParameters(sealed.repositoryId(),
                new RepositoryKeys(base64.decode(sealed.encryptionKey()), base64.decode(sealed.hashKey())),
                new ChunkerParameters(sealed.chunkMinSize(), sealed.chunkAverageSize(), sealed.chunkMaxSize()),
                new CompressionSettings(sealed.compression(), sealed.compressionLevel()),
                sealed.packTargetSize());
    }
}
