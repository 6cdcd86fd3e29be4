package io.velerojava.repository.content;

import java.util.Arrays;
import java.util.HexFormat;

/** The identity of a content: HMAC-SHA256 of its plaintext under the repository's hash key (32 bytes). */
public final class ContentId implements Comparable<ContentId> {

    public static final int LENGTH = 32;

    private final byte[] bytes;
    private final int hash;

    private ContentId(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    public static ContentId of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a content ID has " + LENGTH + " bytes, got " + bytes.length);
        }
        return new ContentId(bytes.clone());
    }

    public static ContentId of(byte[] source, int offset) {
        return new ContentId(Arrays.copyOfRange(source, offset, offset + LENGTH));
    }

    /** Parses 64 lowercase hex digits; throws {@link IllegalArgumentException} for anything else. */
    public static ContentId parse(String hex) {
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("a content ID is " + 2 * LENGTH + " hex digits, got '" + hex + "'");
        }
        return new ContentId(HexFormat.of().parseHex(hex));
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, LENGTH);
    }

    byte[] bytesForAad() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentId id && Arrays.equals(bytes, id.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(ContentId other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }
}
