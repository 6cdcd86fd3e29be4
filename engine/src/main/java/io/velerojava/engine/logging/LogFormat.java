package io.velerojava.engine.logging;

import java.util.Locale;

/** Velero's {@code --log-format}: logrus-style {@code key=value} text, or one JSON object per line. */
public enum LogFormat {
    TEXT, JSON;

    public static LogFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid log format \"" + text + "\"; use text or json", e);
        }
    }
}
