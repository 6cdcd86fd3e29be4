package io.velerojava.repository.content;

/**
 * How contents are compressed before encryption. Compression is skipped per content when it does not shrink the
 * data (already compressed media, encrypted files), so incompressible data costs one fast zstd pass and no space.
 */
public record CompressionSettings(Algorithm algorithm, int level) {

    public enum Algorithm {
        NONE, ZSTD
    }

    public static final CompressionSettings NONE = new CompressionSettings(Algorithm.NONE, 0);
    /** zstd level 1: about 2-3x on text at several hundred MB/s per core. */
    public static final CompressionSettings ZSTD_FAST = new CompressionSettings(Algorithm.ZSTD, 1);

    public CompressionSettings {
        if (algorithm == Algorithm.ZSTD && (level < 1 || level > 19)) {
            throw new IllegalArgumentException("zstd level must be in 1..19, got " + level);
        }
    }
}
