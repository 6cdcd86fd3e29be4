package io.velerojava.engine.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary file deleted on close, so a backup's tarball never outlives it on the server's disk. */
record TemporaryFile(Path path) implements AutoCloseable {

    static TemporaryFile create(String prefix, String suffix) throws IOException {
        return new TemporaryFile(Files.createTempFile(prefix, suffix));
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
