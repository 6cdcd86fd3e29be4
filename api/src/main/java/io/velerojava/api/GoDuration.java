package io.velerojava.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Go {@code time.Duration} as Velero writes it in JSON ({@code metav1.Duration}): a string such as {@code 72h0m0s},
 * {@code 10m} or {@code 1.5h}, signed 64-bit nanoseconds.
 *
 * <p>{@link #parse} accepts every form Go's {@code time.ParseDuration} accepts; {@link #toString} prints Go's
 * canonical {@code Duration.String()} form ({@code 10m} becomes {@code 10m0s}), which is also what Velero writes.
 * Reading JSON never fails on a malformed duration: the text is kept verbatim and {@link #isValid()} is false, so
 * validation can report it and a read-modify-write does not lose it.
 */
public final class GoDuration implements Comparable<GoDuration> {

    public static final GoDuration ZERO = new GoDuration("0s", 0L);

    private static final long NANOSECOND = 1L;
    private static final long MICROSECOND = 1000 * NANOSECOND;
    private static final long MILLISECOND = 1000 * MICROSECOND;
    private static final long SECOND = 1000 * MILLISECOND;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final Map<String, Long> UNITS = Map.of(
            "ns", NANOSECOND,
            "us", MICROSECOND,
            "\u00b5s", MICROSECOND, // micro sign
            "\u03bcs", MICROSECOND, // Greek mu
            "ms", MILLISECOND,
            "s", SECOND,
            "m", MINUTE,
            "h", HOUR);
    private static final BigInteger TWO_POW_63 = BigInteger.ONE.shiftLeft(63);

    private final String text;
    private final Long nanos;

    private GoDuration(String text, Long nanos) {
        this.text = text;
        this.nanos = nanos;
    }

    /**
     * Parses a Go duration string.
     *
     * @throws IllegalArgumentException with a message naming the bad text, if it is not a Go duration
     */
    public static GoDuration parse(String text) {
        Objects.requireNonNull(text, "text");
        return ofNanos(parseNanos(text).orElseThrow(() -> new IllegalArgumentException(invalidMessage(text))));
    }

    /**
     * Reads a duration from JSON. A malformed string is kept as it is (see {@link #isValid()}) instead of failing the
     * whole object.
     */
    @JsonCreator
    public static GoDuration fromJson(String text) {
        return parseNanos(text).map(GoDuration::ofNanos).orElseGet(() -> new GoDuration(text, null));
    }

    public static GoDuration ofNanos(long nanos) {
        return new GoDuration(format(nanos), nanos);
    }

    /**
     * @throws ArithmeticException if the duration does not fit Go's signed 64-bit nanoseconds (about 292 years)
     */
    public static GoDuration of(Duration duration) {
        return ofNanos(duration.toNanos());
    }

    /** Whether the text is a Go duration; false only for malformed text read from JSON. */
    public boolean isValid() {
        return nanos != null;
    }

    public boolean isNegative() {
        return isValid() && nanos < 0;
    }

    public boolean isZero() {
        return isValid() && nanos == 0;
    }

    /** @throws IllegalStateException if this duration was read from malformed text */
    public long toNanos() {
        if (nanos == null) {
            throw new IllegalStateException(invalidMessage(text));
        }
        return nanos;
    }

    /** @throws IllegalStateException if this duration was read from malformed text */
    public Duration toDuration() {
        return Duration.ofNanos(toNanos());
    }

    /** Go's canonical form ({@code 1h30m0s}), or the original text if it was malformed. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    /** Orders valid durations by length; malformed ones sort first, by text. */
    @Override
    public int compareTo(GoDuration other) {
        if (isValid() && other.isValid()) {
            return Long.compare(nanos, other.nanos);
        }
        if (isValid() != other.isValid()) {
            return isValid() ? 1 : -1;
        }
        return text.compareTo(other.text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GoDuration that && Objects.equals(nanos, that.nanos)
                && (isValid() || text.equals(that.text));
    }

    @Override
    public int hashCode() {
        return isValid() ? Long.hashCode(nanos) : text.hashCode();
    }

    static String invalidMessage(String text) {
        return "invalid duration \"" + text + "\": use a Go duration such as 72h0m0s, 10m, 1h30m, 1.5h or 300ms";
    }

    /** A port of Go's {@code time.ParseDuration}; empty when the text is not a duration or overflows. */
    private static Optional<Long> parseNanos(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Optional.of(0L);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        BigInteger total = BigInteger.ZERO;
        while (!s.isEmpty()) {
            if (s.charAt(0) != '.' && !isDigit(s.charAt(0))) {
                return Optional.empty();
            }
            int intEnd = digitsEnd(s, 0);
            BigInteger whole = intEnd == 0 ? BigInteger.ZERO : new BigInteger(s.substring(0, intEnd));
            if (whole.compareTo(TWO_POW_63) > 0) {
                return Optional.empty();
            }
            boolean hasWhole = intEnd > 0;
            s = s.substring(intEnd);
            long fraction = 0;
            double scale = 1;
            boolean hasFraction = false;
            if (!s.isEmpty() && s.charAt(0) == '.') {
                s = s.substring(1);
                int fracEnd = digitsEnd(s, 0);
                hasFraction = fracEnd > 0;
                // Like Go, stop taking digits once they would overflow; later digits cannot change the result.
                for (int i = 0; i < fracEnd; i++) {
                    if (fraction > (Long.MAX_VALUE - 9) / 10) {
                        break;
                    }
                    fraction = fraction * 10 + (s.charAt(i) - '0');
                    scale *= 10;
                }
                s = s.substring(fracEnd);
            }
            if (!hasWhole && !hasFraction) {
                return Optional.empty();
            }
            int unitEnd = 0;
            while (unitEnd < s.length() && s.charAt(unitEnd) != '.' && !isDigit(s.charAt(unitEnd))) {
                unitEnd++;
            }
            Long unit = UNITS.get(s.substring(0, unitEnd));
            if (unit == null) {
                return Optional.empty();
            }
            s = s.substring(unitEnd);
            BigInteger value = whole.multiply(BigInteger.valueOf(unit));
            if (fraction > 0) {
                value = value.add(BigInteger.valueOf((long) (fraction * (unit / scale))));
            }
            total = total.add(value);
            if (total.compareTo(TWO_POW_63) > 0) {
                return Optional.empty();
            }
        }
        if (negative) {
            total = total.negate();
        } else if (total.equals(TWO_POW_63)) {
            return Optional.empty();
        }
        return Optional.of(total.longValueExact());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A port of Go's {@code Duration.String()}. */
    private static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        // Work on the unsigned magnitude so that Long.MIN_VALUE formats like Go's minimum duration.
        BigInteger magnitude = BigInteger.valueOf(nanos).abs();
        StringBuilder out = new StringBuilder();
        if (magnitude.compareTo(BigInteger.valueOf(SECOND)) < 0) {
            long u = magnitude.longValueExact();
            if (u < MICROSECOND) {
                out.append(u).append("ns");
            } else if (u < MILLISECOND) {
                out.append(withFraction(u, 3)).append("\u00b5s");
            } else {
                out.append(withFraction(u, 6)).append("ms");
            }
        } else {
            BigInteger[] secondsAndNanos = magnitude.divideAndRemainder(BigInteger.valueOf(SECOND));
            long totalSeconds = secondsAndNanos[0].longValueExact();
            long fractionNanos = secondsAndNanos[1].longValueExact();
            long hours = totalSeconds / 3600;
            long minutes = totalSeconds / 60 % 60;
            long seconds = totalSeconds % 60;
            if (hours > 0) {
                out.append(hours).append('h');
            }
            if (hours > 0 || minutes > 0) {
                out.append(minutes).append('m');
            }
            out.append(seconds).append(fractionDigits(fractionNanos, 9)).append('s');
        }
        return nanos < 0 ? "-" + out : out.toString();
    }

    /** {@code value} divided by 10^precision, printed without trailing zeros. */
    private static String withFraction(long value, int precision) {
        long divisor = (long) Math.pow(10, precision);
        return (value / divisor) + fractionDigits(value % divisor, precision);
    }

    /** ".5" for (5000, 4); empty when the fraction is zero. */
    private static String fractionDigits(long fraction, int precision) {
        if (fraction == 0) {
            return "";
        }
        String digits = String.format("%0" + precision + "d", fraction).replaceAll("0+$", "");
        return "." + digits;
    }
}
