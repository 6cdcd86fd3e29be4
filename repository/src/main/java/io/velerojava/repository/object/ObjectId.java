package io.velerojava.repository.object;

import io.velerojava.repository.content.ContentId;
import java.util.regex.Pattern;

/**
 * Names an object (a byte stream of any length). {@code D<content ID>} is an object of one content;
 * {@code I<object ID>} is an indirect object whose bytes are its list of chunks (see {@link ChunkList}), so a file
 * of any size has a short ID. Written as a string in trees and manifests.
 */
public record ObjectId(String value) {

    /** Lists of lists nest at most this deep; 4 levels address far more than any file system holds. */
    static final int MAX_INDIRECTION = 4;
    private static final Pattern FORMAT = Pattern.compile("I{0," + MAX_INDIRECTION + "}D[0-9a-f]{64}");

    public ObjectId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid object ID '" + value + "'");
        }
    }

    public static ObjectId direct(ContentId content) {
        return new ObjectId("D" + content);
    }

    public static ObjectId indirect(ObjectId chunkList) {
        return new ObjectId("I" + chunkList.value);
    }

    public boolean isIndirect() {
        return value.charAt(0) == 'I';
    }

    /** The object holding the chunk list of an indirect object. */
    public ObjectId chunkList() {
        if (!isIndirect()) {
            throw new IllegalStateException(value + " is not an indirect object");
        }
        return new ObjectId(value.substring(1));
    }

    /** The single content of a direct object. */
    public ContentId content() {
        if (isIndirect()) {
            throw new IllegalStateException(value + " is an indirect object");
        }
        return ContentId.parse(value.substring(1));
    }

    @Override
    public String toString() {
        return value;
    }
}
