package io.velerojava.storage;

/** The bytes {@code [offset, offset + length)} of an object. */
public record ByteRange(long offset, long length) {

    public ByteRange {
        if (offset < 0) {
            throw new IllegalArgumentException("byte range offset must be >= 0, got " + offset);
        }
        if (length <= 0) {
            throw new IllegalArgumentException("byte range length must be > 0, got " + length);
        }
    }

    /** The offset of the last byte of the range, as HTTP {@code Range: bytes=first-last} wants it. */
    public long lastOffset() {
        return offset + length - 1;
    }
}
