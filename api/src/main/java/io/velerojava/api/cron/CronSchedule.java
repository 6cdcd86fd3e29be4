package io.velerojava.api.cron;

import io.velerojava.api.GoDuration;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Schedule's {@code spec.schedule}, parsed and evaluated like Velero does with robfig/cron's {@code ParseStandard}.
 *
 * <p>Accepted: five fields ({@code minute hour day-of-month month day-of-week}) with {@code *}, {@code ?},
 * numbers, ranges {@code a-b}, steps {@code /n}, lists {@code a,b} and month/day names ({@code JAN}, {@code MON});
 * the descriptors {@code @yearly}, {@code @annually}, {@code @monthly}, {@code @weekly}, {@code @daily},
 * {@code @midnight}, {@code @hourly} and {@code @every <go duration>}; and an optional {@code CRON_TZ=<zone> } or
 * {@code TZ=<zone> } prefix. Without a zone the schedule runs in the zone of the time passed to {@link #next}.
 */
public final class CronSchedule {

    private static final Map<String, String> DESCRIPTORS = Map.of(
            "@yearly", "0 0 1 1 *",
            "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *",
            "@weekly", "0 0 * * 0",
            "@daily", "0 0 * * *",
            "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");
    private static final String EVERY = "@every ";
    private static final String HELP = "use 5 fields (minute hour day-of-month month day-of-week) such as \"0 3 * * *\","
            + " a descriptor such as @daily, or @every with a duration such as \"@every 6h\"";

    private final String spec;
    private final ZoneId zone;
    private final Timing timing;

    private CronSchedule(String spec, ZoneId zone, Timing timing) {
        this.spec = spec;
        this.zone = zone;
        this.timing = timing;
    }

    /**
     * Parses a schedule.
     *
     * @throws IllegalArgumentException naming the bad part and the accepted forms
     */
    public static CronSchedule parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.isEmpty()) {
            throw invalid(spec, "it is empty");
        }
        String rest = spec;
        ZoneId zone = null;
        if (rest.startsWith("TZ=") || rest.startsWith("CRON_TZ=")) {
            int space = rest.indexOf(' ');
            String zoneName = rest.substring(rest.indexOf('=') + 1, space < 0 ? rest.length() : space);
            try {
                zone = ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                throw invalid(spec, "unknown time zone \"" + zoneName + "\" (use an IANA name such as Europe/Berlin)");
            }
            rest = space < 0 ? "" : rest.substring(space).strip();
        }
        if (rest.startsWith(EVERY)) {
            return new CronSchedule(spec, zone, Every.of(spec, rest.substring(EVERY.length()).strip()));
        }
        if (rest.startsWith("@")) {
            String fields = DESCRIPTORS.get(rest);
            if (fields == null) {
                throw invalid(spec, "unknown descriptor \"" + rest + "\"");
            }
            rest = fields;
        }
        return new CronSchedule(spec, zone, Fields.parse(spec, rest));
    }

    /** The schedule as written. */
    public String spec() {
        return spec;
    }

    /**
     * The first activation strictly after {@code after}, in {@code after}'s zone; empty if none happens within five
     * years (such as {@code 0 0 30 2 *}, February 30th).
     */
    public Optional<ZonedDateTime> next(ZonedDateTime after) {
        ZonedDateTime local = zone == null ? after : after.withZoneSameInstant(zone);
        return timing.next(local).map(t -> t.withZoneSameInstant(after.getZone()));
    }

    @Override
    public String toString() {
        return spec;
    }

    static IllegalArgumentException invalid(String spec, String problem) {
        return new IllegalArgumentException("invalid schedule \"" + spec + "\": " + problem + "; " + HELP);
    }

    private interface Timing {
        Optional<ZonedDateTime> next(ZonedDateTime after);
    }

    /** {@code @every d}: d after the previous activation, rounded down to whole seconds, at least one second. */
    private record Every(long delaySeconds) implements Timing {

        static Every of(String spec, String durationText) {
            GoDuration delay;
            try {
                delay = GoDuration.parse(durationText);
            } catch (IllegalArgumentException e) {
                throw invalid(spec, e.getMessage());
            }
            return new Every(Math.max(1, delay.toNanos() / 1_000_000_000L));
        }

        @Override
        public Optional<ZonedDateTime> next(ZonedDateTime after) {
            return Optional.of(after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(delaySeconds));
        }
    }

    /** Five cron fields as bit sets, evaluated with robfig/cron's search. */
    private record Fields(long minutes, long hours, long daysOfMonth, long months, long daysOfWeek,
                          boolean anyDayOfMonth, boolean anyDayOfWeek) implements Timing {

        static Fields parse(String spec, String fields) {
            String[] parts = fields.strip().split("\\s+");
            if (parts.length != 5) {
                throw invalid(spec, "expected exactly 5 fields, found " + parts.length);
            }
            CronField minute = CronField.parse(spec, parts[0], CronField.Bounds.MINUTE);
            CronField hour = CronField.parse(spec, parts[1], CronField.Bounds.HOUR);
            CronField dayOfMonth = CronField.parse(spec, parts[2], CronField.Bounds.DAY_OF_MONTH);
            CronField month = CronField.parse(spec, parts[3], CronField.Bounds.MONTH);
            CronField dayOfWeek = CronField.parse(spec, parts[4], CronField.Bounds.DAY_OF_WEEK);
            return new Fields(minute.bits(), hour.bits(), dayOfMonth.bits(), month.bits(), dayOfWeek.bits(),
                    dayOfMonth.star(), dayOfWeek.star());
        }

        @Override
        public Optional<ZonedDateTime> next(ZonedDateTime after) {
            ZoneId zone = after.getZone();
            ZonedDateTime t = after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            boolean moved = false;
            int yearLimit = t.getYear() + 5;
            wrap:
            while (t.getYear() <= yearLimit) {
                while (!has(months, t.getMonthValue())) {
                    if (!moved) {
                        moved = true;
                        t = t.toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
                    }
                    t = t.plusMonths(1);
                    if (t.getMonthValue() == 1) {
                        continue wrap;
                    }
                }
                while (!dayMatches(t)) {
                    if (!moved) {
                        moved = true;
                        t = t.toLocalDate().atStartOfDay(zone);
                    }
                    t = t.toLocalDate().plusDays(1).atStartOfDay(zone);
                    if (t.getDayOfMonth() == 1) {
                        continue wrap;
                    }
                }
                while (!has(hours, t.getHour())) {
                    if (!moved) {
                        moved = true;
                        t = t.truncatedTo(ChronoUnit.HOURS);
                    }
                    t = t.plusHours(1);
                    if (t.getHour() == 0) {
                        continue wrap;
                    }
                }
                while (!has(minutes, t.getMinute())) {
                    if (!moved) {
                        moved = true;
                        t = t.truncatedTo(ChronoUnit.MINUTES);
                    }
                    t = t.plusMinutes(1);
                    if (t.getMinute() == 0) {
                        continue wrap;
                    }
                }
                while (t.getSecond() != 0) {
                    moved = true;
                    t = t.plusSeconds(1);
                    if (t.getSecond() == 0) {
                        continue wrap;
                    }
                }
                return Optional.of(t);
            }
            return Optional.empty();
        }

        /** Like cron: if either day field is {@code *}, both must match; otherwise either may. */
        private boolean dayMatches(ZonedDateTime t) {
            boolean dayOfMonthMatches = has(daysOfMonth, t.getDayOfMonth());
            boolean dayOfWeekMatches = has(daysOfWeek, t.getDayOfWeek().getValue() % 7);
            if (anyDayOfMonth || anyDayOfWeek) {
                return dayOfMonthMatches && dayOfWeekMatches;
            }
            return dayOfMonthMatches || dayOfWeekMatches;
        }

        private static boolean has(long bits, int value) {
            return (bits & (1L << value)) != 0;
        }
    }
}
