package io.velerojava.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.velerojava.engine.logging.LogFormat;
import io.velerojava.engine.logging.LogLevel;
import org.slf4j.LoggerFactory;

/** Points the server's log at standard error in the format and level of {@code --log-format}/{@code --log-level}. */
public final class ServerLogging {

    /** logrus' text layout, which Velero's log tooling and users' grep habits expect. */
    private static final String TEXT_PATTERN =
            "time=\"%d{yyyy-MM-dd'T'HH:mm:ssXXX,UTC}\" level=%level msg=\"%replace(%msg){'\"','\\\\\"'}\""
                    + " logSource=\"%logger{0}\"%n%ex";

    private ServerLogging() {
    }

    public static void configure(LogLevel level, LogFormat format) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("server");
        appender.setTarget("System.err");
        appender.setEncoder(encoder(context, format));
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(Level.WARN);
        context.getLogger("io.velerojava").setLevel(logbackLevel(level));
        // JOSDK logs every controller start at INFO; its warnings and errors still show.
        context.getLogger("io.javaoperatorsdk").setLevel(Level.WARN);
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext context, LogFormat format) {
        return switch (format) {
            case JSON -> {
                JsonEncoder json = new JsonEncoder();
                json.setContext(context);
                json.start();
                yield json;
            }
            case TEXT -> {
                PatternLayoutEncoder text = new PatternLayoutEncoder();
                text.setContext(context);
                text.setPattern(TEXT_PATTERN);
                text.start();
                yield text;
            }
        };
    }

    private static Level logbackLevel(LogLevel level) {
        return switch (level) {
            case TRACE -> Level.TRACE;
            case DEBUG -> Level.DEBUG;
            case INFO -> Level.INFO;
            case WARNING -> Level.WARN;
            case ERROR, FATAL, PANIC -> Level.ERROR;
        };
    }
}
