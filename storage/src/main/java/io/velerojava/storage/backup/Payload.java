package io.velerojava.storage.backup;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.OptionalLong;

/** The bytes of one object to upload: a stream, and its length when known. */
public record Payload(InputStream stream, OptionalLong length) {

    public Payload {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(length, "length");
    }

    public static Payload of(byte[] bytes) {
        return new Payload(new ByteArrayInputStream(bytes), OptionalLong.of(bytes.length));
    }

    public static Payload of(InputStream stream, long length) {
        return new Payload(stream, OptionalLong.of(length));
    }

    public static Payload ofUnknownLength(InputStream stream) {
        return new Payload(stream, OptionalLong.empty());
    }
}
