package io.velerojava.cli;

import io.velerojava.api.GoDuration;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads flags such as {@code --ttl 72h} as Velero does: Go duration syntax ({@code 1h30m}, {@code 720h0m0s}). */
public final class GoDurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        GoDuration duration = GoDuration.parse(value);
        if (!duration.isValid()) {
            throw new TypeConversionException("invalid duration \"" + value + "\"; use Go syntax such as 72h, 10m or 1h30m");
        }
        if (duration.isNegative()) {
            throw new TypeConversionException("duration must not be negative, got " + value);
        }
        return duration.toDuration();
    }
}
