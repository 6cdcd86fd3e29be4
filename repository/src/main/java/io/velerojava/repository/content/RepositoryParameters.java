package io.velerojava.repository.content;

/**
 * Everything fixed at repository creation, kept encrypted in the config blob: the master keys and the parameters
 * that must stay stable for deduplication and reading.
 */
public record RepositoryParameters(String repositoryId, RepositoryKeys keys, ChunkerParameters chunker,
        CompressionSettings compression, int packTargetSize) {

    public static final int MIN_PACK_SIZE = 1024 * 1024;

    public RepositoryParameters {
        if (packTargetSize < MIN_PACK_SIZE || packTargetSize < chunker.maxSize()) {
            throw new IllegalArgumentException("the pack target size must be at least 1 MiB and at least the"
                    + " maximum chunk size, got " + packTargetSize);
        }
    }
}
