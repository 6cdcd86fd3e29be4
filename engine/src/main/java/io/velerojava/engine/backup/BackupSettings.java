package io.velerojava.engine.backup;

import io.velerojava.engine.logging.LogFormat;
import io.velerojava.engine.logging.LogLevel;
import java.time.Clock;
import java.util.Objects;

/**
 * How the server runs backups.
 *
 * @param pageSize    items per LIST page; 0 lists without paging
 * @param workerCount items backed up in parallel
 * @param logFormat   format of the backup log
 * @param logLevel    threshold of the backup log
 */
public record BackupSettings(int pageSize, int workerCount, LogFormat logFormat, LogLevel logLevel, Clock clock) {

    public BackupSettings {
        if (pageSize < 0) {
            throw new IllegalArgumentException("page size must be 0 or positive, got " + pageSize);
        }
        if (workerCount < 1) {
            throw new IllegalArgumentException("worker count must be positive, got " + workerCount);
        }
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(clock, "clock");
    }
}
