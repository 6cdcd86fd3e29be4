package io.velerojava.repository.blob;

import java.io.IOException;
import java.util.List;

/**
 * Opaque storage of immutable, named blobs: the bottom layer of the repository.
 *
 * <p>The contract every implementation keeps (checked by {@code BlobStorageContract} in the test sources):
 * <ul>
 *   <li>Names are relative, {@code /}-separated, made of {@code [a-z0-9._-]} segments.</li>
 *   <li>{@link #put} is atomic: a reader sees either no blob or the whole blob, never a partial one. The repository
 *       never overwrites a blob with different bytes (except the small {@code config} blob on creation), so
 *       implementations need not order concurrent puts of one name.</li>
 *   <li>After {@code put} returns, {@link #get}, {@link #exists} and {@link #list} see the blob
 *       (read-after-write consistency, as S3, GCS and Azure give today).</li>
 *   <li>{@link #get} of a missing blob throws {@link BlobNotFoundException}; {@link #delete} of a missing blob
 *       does nothing.</li>
 *   <li>Implementations are safe for concurrent use by many threads.</li>
 * </ul>
 */
public interface BlobStorage {

    /** Stores {@code data} under {@code name}, atomically. */
    void put(String name, byte[] data) throws IOException;

    /** Returns the whole blob. */
    byte[] get(String name) throws IOException;

    /** Returns {@code length} bytes of the blob starting at {@code offset}; fails if the range is outside it. */
    byte[] get(String name, long offset, int length) throws IOException;

    /** Lists every blob whose name starts with {@code prefix}, in no particular order. */
    List<BlobInfo> list(String prefix) throws IOException;

    void delete(String name) throws IOException;

    boolean exists(String name) throws IOException;
}
