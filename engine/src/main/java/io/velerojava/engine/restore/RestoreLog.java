package io.velerojava.engine.restore;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of one restore, uploaded as {@code restore-<name>-logs.gz}: logrus text lines as Velero writes them
 * ({@code time="..." level=info msg="..." restore=velero/r1}), gzip-compressed into a temporary file as they come
 * so a large restore does not hold its log in memory. Lines are also logged through SLF4J, info lines at debug
 * level: there is one per item, which would flood the server log and slow the restore down.
 */
public final class RestoreLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreLog.class);
    /** Large buffers keep the one-line-per-item writes, made under a lock, from becoming small system calls. */
    private static final int BUFFER_BYTES = 64 * 1024;

    private final String restoreKey;
    private final Clock clock;
    private final Path file;
    private Writer writer;

    /** @param restoreKey {@code <namespace>/<name>} of the Restore, the {@code restore} field of each line */
    public RestoreLog(String restoreKey, Clock clock) {
        this.restoreKey = restoreKey;
        this.clock = clock;
        try {
            this.file = Files.createTempFile("velero-restore-log-", ".gz");
            this.writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES), BUFFER_BYTES),
                    StandardCharsets.UTF_8), BUFFER_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the log of restore " + restoreKey, e);
        }
    }

    public void info(String message) {
        LOG.debug("restore {}: {}", restoreKey, message);
        append("info", message);
    }

    public void warning(String message) {
        LOG.warn("restore {}: {}", restoreKey, message);
        append("warning", message);
    }

    public void error(String message) {
        LOG.error("restore {}: {}", restoreKey, message);
        append("error", message);
    }

    /** Ends the log; later lines go to SLF4J only. Returns the gzip-compressed log, open for reading. */
    public synchronized CompressedLog finish() {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
            return new CompressedLog(Files.newInputStream(file), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the log of restore " + restoreKey, e);
        }
    }

    /** Deletes the temporary file. */
    @Override
    public synchronized void close() {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary log file {} of restore {}: {}", file, restoreKey, e.getMessage());
        }
    }

    private synchronized void append(String level, String message) {
        if (writer == null) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            writer.write("time=\"" + now + "\" level=" + level + " msg=" + quoted(message)
                    + " restore=" + restoreKey + "\n");
        } catch (IOException e) {
            LOG.error("cannot write to the log of restore {}; later lines are lost: {}", restoreKey, e.getMessage());
        }
    }

    /** Quotes as logrus does (Go's strconv.Quote for the characters that occur in messages). */
    private static String quoted(String message) {
        StringBuilder quoted = new StringBuilder(message.length() + 2).append('"');
        for (char c : message.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** A finished log: gzip data and its length. The caller closes the stream. */
    public record CompressedLog(InputStream stream, long length) {
    }
}
