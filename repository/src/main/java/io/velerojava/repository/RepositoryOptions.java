package io.velerojava.repository;

import io.velerojava.repository.content.ChunkerParameters;
import io.velerojava.repository.content.CompressionSettings;
import io.velerojava.repository.content.KeyDerivation;

/**
 * Choices made once, when a repository is created; they are stored in it and apply to every later writer.
 *
 * @param packTargetSize        packs are closed once they reach about this many bytes
 * @param keyDerivationIterations PBKDF2 iterations for the password; higher is slower to open and to attack
 */
public record RepositoryOptions(ChunkerParameters chunker, CompressionSettings compression, int packTargetSize,
        int keyDerivationIterations) {

    public static final RepositoryOptions DEFAULT = new RepositoryOptions(ChunkerParameters.DEFAULT,
            CompressionSettings.ZSTD_FAST, 16 * 1024 * 1024, KeyDerivation.DEFAULT_ITERATIONS);

    public RepositoryOptions withChunker(ChunkerParameters newChunker) {
        return new RepositoryOptions(newChunker, compression, packTargetSize, keyDerivationIterations);
    }

    public RepositoryOptions withCompression(CompressionSettings newCompression) {
        return new RepositoryOptions(chunker, newCompression, packTargetSize, keyDerivationIterations);
    }

    public RepositoryOptions withPackTargetSize(int newPackTargetSize) {
        return new RepositoryOptions(chunker, compression, newPackTargetSize, keyDerivationIterations);
    }

    public RepositoryOptions withKeyDerivationIterations(int iterations) {
        return new RepositoryOptions(chunker, compression, packTargetSize, iterations);
    }
}
