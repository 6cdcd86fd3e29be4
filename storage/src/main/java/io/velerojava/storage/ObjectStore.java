package io.velerojava.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * A bucket of an object store: flat keys mapped to immutable byte sequences.
 *
 * <p>The contract every provider keeps (checked by {@code ObjectStoreContract}, which each provider runs against its
 * real server):
 * <ul>
 *   <li><b>Keys</b> are relative to the bucket, use {@code /} as separator, and never start with {@code /}. They
 *       carry no meaning to the store beyond their bytes; {@code a/b} and {@code a/bc} share the prefix {@code a/b}.
 *       The location's prefix is part of the key (see {@code ObjectStoreLayout}); the store itself knows only the
 *       bucket.</li>
 *   <li><b>Atomic put</b>: a reader sees either the previous object or the complete new one, never a partial one.
 *       If {@code put} fails (I/O error, a stream shorter or longer than the declared length), the previous state is
 *       unchanged. Put overwrites an existing key.</li>
 *   <li><b>Read-after-write</b>: once {@code put} or {@code delete} returned, {@code exists}, {@code get} and
 *       {@code list} of this and every other client reflect it.</li>
 *   <li><b>Missing keys</b>: {@code get} of a missing key throws {@link ObjectNotFoundException}; {@code exists}
 *       returns {@code false}; {@code delete} of a missing key does nothing.</li>
 *   <li><b>Listing</b>: {@link #list} returns every object whose key starts with the prefix, in lexicographic key
 *       order, across however many pages the server needs. {@link #listCommonPrefixes} returns, in the same order,
 *       the distinct key prefixes up to and including the first delimiter after {@code prefix}; prefixes exist only
 *       while an object lies below them. Every provider supports the delimiter {@code /}.</li>
 *   <li><b>Failures</b> are {@link ObjectStoreException}s whose message names the bucket and key or prefix; those
 *       worth retrying (throttling, 5xx, connection resets, timeouts) are {@link TransientStorageException}s.</li>
 * </ul>
 *
 * <p>Implementations are thread-safe. {@link #close()} releases the client's connections.
 */
public interface ObjectStore extends AutoCloseable {

    /**
     * Stores {@code data} under {@code key}, replacing any existing object, atomically.
     *
     * @param length the exact number of bytes {@code data} yields, or empty if unknown; a stream that yields a
     *               different number of bytes than declared fails the put and stores nothing
     */
    void put(String key, InputStream data, OptionalLong length);

    /** Stores {@code data} under {@code key}; see {@link #put(String, InputStream, OptionalLong)}. */
    default void put(String key, byte[] data) {
        put(key, new ByteArrayInputStream(data), OptionalLong.of(data.length));
    }

    boolean exists(String key);

    /**
     * Opens the object for reading; the caller closes the stream.
     *
     * @throws ObjectNotFoundException if no object has this key
     */
    InputStream get(String key);

    /**
     * Opens part of the object; a range that runs past the end of the object is cut at the end. The range must start
     * inside the object.
     *
     * @throws ObjectNotFoundException if no object has this key
     */
    InputStream get(String key, ByteRange range);

    /** Reads the whole object into memory; for small objects such as metadata. */
    default byte[] getBytes(String key) {
        try (InputStream in = get(key)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new ObjectStoreException("cannot read object " + key, e);
        }
    }

    /**
     * The distinct prefixes of keys under {@code prefix}, each cut after the first {@code delimiter} that follows
     * {@code prefix} and including it ({@code backups/a/}), in lexicographic order. Objects with no delimiter after
     * the prefix are not included.
     */
    List<String> listCommonPrefixes(String prefix, String delimiter);

    /** Every object whose key starts with {@code prefix}, in lexicographic key order. */
    List<ObjectInfo> list(String prefix);

    /** Deletes the object; deleting a missing key is not an error. */
    void delete(String key);

    /**
     * A URL that lets anyone holding it download the object with a plain HTTP GET until {@code ttl} has passed. The
     * object need not exist when the URL is made.
     */
    URI signedDownloadUrl(String key, Duration ttl);

    @Override
    void close();
}
