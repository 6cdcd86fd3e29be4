package io.velerojava.engine.logging;

import java.util.Locale;

/** The levels of Velero's {@code --log-level}, in increasing severity. */
public enum LogLevel {
    TRACE, DEBUG, INFO, WARNING, ERROR, FATAL, PANIC;

    /** Parses Velero's spelling ({@code info}, {@code warning}); {@code warn} is accepted too. */
    public static LogLevel parse(String text) {
        String normalized = text.strip().toUpperCase(Locale.ROOT);
        if (normalized.equals("WARN")) {
            return WARNING;
        }
        try {
            return valueOf(normalized);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid log level \"" + text
                    + "\"; use one of trace, debug, info, warning, error, fatal, panic", e);
        }
    }

    /** The name as Velero's logs print it. */
    public String label() {
        return this == WARNING ? "warning" : name().toLowerCase(Locale.ROOT);
    }
}
