package io.velerojava.repository.snapshot;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.content.AuthenticatedCipher;
import io.velerojava.repository.content.BlobLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * A marker blob {@code sessions/<start millis>-<random>} that exists while a snapshot is being written. Maintenance
 * reads the markers to know which writers may still refer to contents it would otherwise delete (see the format
 * spec, "Maintenance safety"). The marker is written before the writer loads the index and removed only after its
 * manifest is stored.
 */
public final class WriteSession implements AutoCloseable {

    private static final byte[] AAD = "velero-java session".getBytes(StandardCharsets.US_ASCII);

    private final BlobStorage storage;
    private final String name;

    private WriteSession(BlobStorage storage, String name) {
        this.storage = storage;
        this.name = name;
    }

    public static WriteSession start(BlobStorage storage, AuthenticatedCipher cipher, Clock clock) throws IOException {
        String name = BlobLayout.newSessionName(clock.millis());
        String owner = "pid " + ProcessHandle.current().pid();
        storage.put(name, cipher.seal(AAD, owner.getBytes(StandardCharsets.UTF_8)));
        return new WriteSession(storage, name);
    }

    /** Start times (epoch millis) of the sessions that have a marker now. */
    public static List<Long> startTimesOfOpenSessions(BlobStorage storage) throws IOException {
        return storage.list(BlobLayout.SESSIONS).stream()
                .map(BlobInfo::name)
                .map(BlobLayout::createdAtMillis)
                .toList();
    }

    @Override
    public void close() throws IOException {
        storage.delete(name);
    }
}
