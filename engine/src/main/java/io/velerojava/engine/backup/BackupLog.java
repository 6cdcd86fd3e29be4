package io.velerojava.engine.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.velerojava.engine.logging.LogFormat;
import io.velerojava.engine.logging.LogLevel;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of one backup, uploaded gzipped as {@code <backup>-logs.gz}: lines in logrus' text or JSON format, kept
 * in a gzipped temporary file so a large backup's log never sits in memory. Warnings and errors also go into the
 * {@link BackupResults}, which decide the backup's warning and error counts. Every line is mirrored to the server
 * log. Thread-safe.
 */
public final class BackupLog implements Closeable {

    private static final Logger serverLog = LoggerFactory.getLogger(BackupLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String backupRef;
    private final LogFormat format;
    private final LogLevel threshold;
    private final Clock clock;
    private final Path file;
    private final Writer writer;
    private final BackupResults results = new BackupResults();
    private boolean finished;

    private BackupLog(String backupRef, LogFormat format, LogLevel threshold, Clock clock, Path file, Writer writer) {
        this.backupRef = backupRef;
        this.format = format;
        this.threshold = threshold;
        this.clock = clock;
        this.file = file;
        this.writer = writer;
    }

    /** @param backupRef {@code <namespace>/<name>} of the Backup, added to every line as Velero does */
    public static BackupLog create(String backupRef, LogFormat format, LogLevel threshold, Clock clock)
            throws IOException {
        Path file = Files.createTempFile("velero-backup-log-", ".gz");
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8));
            return new BackupLog(backupRef, format, threshold, clock, file, writer);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    public void debug(String message) {
        // Called for every item: skip the lock when neither log takes debug lines.
        if (threshold.compareTo(LogLevel.DEBUG) <= 0 || serverLog.isDebugEnabled()) {
            write(LogLevel.DEBUG, message);
        }
    }

    public void info(String message) {
        write(LogLevel.INFO, message);
    }

    public void warn(ResultScope scope, String message) {
        results.addWarning(scope, message);
        write(LogLevel.WARNING, message);
    }

    public void error(ResultScope scope, String message) {
        results.addError(scope, message);
        write(LogLevel.ERROR, message);
    }

    public BackupResults results() {
        return results;
    }

    /** Ends the log and returns the gzipped file; nothing may be logged afterwards. */
    public synchronized Path finish() throws IOException {
        if (!finished) {
            finished = true;
            writer.close();
        }
        return file;
    }

    /** Deletes the temporary file. */
    @Override
    public synchronized void close() throws IOException {
        if (!finished) {
            finished = true;
            writer.close();
        }
        Files.deleteIfExists(file);
    }

    private synchronized void write(LogLevel level, String message) {
        mirrorToServerLog(level, message);
        if (finished || level.compareTo(threshold) < 0) {
            return;
        }
        try {
            writer.write(format(level, message));
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log of backup " + backupRef, e);
        }
    }

    private String format(LogLevel level, String message) {
        String time = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        return switch (format) {
            case TEXT -> "time=\"" + time + "\" level=" + level.label() + " msg=\"" + escape(message)
                    + "\" backup=" + backupRef;
            case JSON -> {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("backup", backupRef);
                line.put("level", level.label());
                line.put("msg", message);
                line.put("time", time);
                try {
                    yield JSON.writeValueAsString(line);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a map of strings always serializes", e);
                }
            }
        };
    }

    private void mirrorToServerLog(LogLevel level, String message) {
        switch (level) {
            case TRACE, DEBUG -> serverLog.debug("{} (backup={})", message, backupRef);
            case INFO -> serverLog.info("{} (backup={})", message, backupRef);
            case WARNING -> serverLog.warn("{} (backup={})", message, backupRef);
            case ERROR, FATAL, PANIC -> serverLog.error("{} (backup={})", message, backupRef);
        }
    }

    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
