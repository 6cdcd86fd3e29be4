package io.velerojava.api.cron;

import java.util.List;
import java.util.Locale;

/** One cron field parsed into the set of values it allows, with robfig/cron's rules and error cases. */
record CronField(long bits, boolean star) {

    enum Bounds {
        MINUTE("minute", 0, 59, List.of()),
        HOUR("hour", 0, 23, List.of()),
        DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
        MONTH("month", 1, 12, List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
        DAY_OF_WEEK("day-of-week", 0, 6, List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat"));

        private final String label;
        private final int min;
        private final int max;
        /** Names in value order, starting at {@link #min}. */
        private final List<String> names;

        Bounds(String label, int min, int max, List<String> names) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.names = names;
        }
    }

    static CronField parse(String spec, String field, Bounds bounds) {
        long bits = 0;
        boolean star = false;
        for (String range : field.split(",", -1)) {
            CronField parsed = parseRange(spec, range, bounds);
            bits |= parsed.bits;
            star |= parsed.star;
        }
        return new CronField(bits, star);
    }

    private static CronField parseRange(String spec, String expression, Bounds bounds) {
        String[] rangeAndStep = expression.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        boolean single = lowAndHigh.length == 1;
        int start;
        int end;
        boolean star = false;
        if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
            start = bounds.min;
            end = bounds.max;
            star = true;
        } else {
            start = valueOf(spec, lowAndHigh[0], bounds);
            if (lowAndHigh.length == 1) {
                end = start;
            } else if (lowAndHigh.length == 2) {
                end = valueOf(spec, lowAndHigh[1], bounds);
            } else {
                throw problem(spec, bounds, "\"" + expression + "\" has too many hyphens");
            }
        }
        int step = 1;
        if (rangeAndStep.length == 2) {
            step = number(spec, rangeAndStep[1], bounds);
            if (single) {
                end = bounds.max;
            }
            if (step > 1) {
                star = false;
            }
        } else if (rangeAndStep.length > 2) {
            throw problem(spec, bounds, "\"" + expression + "\" has too many slashes");
        }
        if (start < bounds.min) {
            throw problem(spec, bounds, start + " is below the minimum " + bounds.min);
        }
        if (end > bounds.max) {
            throw problem(spec, bounds, end + " is above the maximum " + bounds.max);
        }
        if (start > end) {
            throw problem(spec, bounds, "range \"" + expression + "\" starts after it ends");
        }
        if (step == 0) {
            throw problem(spec, bounds, "step of \"" + expression + "\" must be a positive number");
        }
        long bits = 0;
        for (int value = start; value <= end; value += step) {
            bits |= 1L << value;
        }
        return new CronField(bits, star);
    }

    private static int valueOf(String spec, String text, Bounds bounds) {
        int named = bounds.names.indexOf(text.toLowerCase(Locale.ROOT));
        return named >= 0 ? bounds.min + named : number(spec, text, bounds);
    }

    private static int number(String spec, String text, Bounds bounds) {
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 9) {
            throw problem(spec, bounds, "\"" + text + "\" is not a number" + (bounds.names.isEmpty() ? ""
                    : " or a name such as " + bounds.names.get(0).toUpperCase(Locale.ROOT)));
        }
        return Integer.parseInt(text);
    }

    private static IllegalArgumentException problem(String spec, Bounds bounds, String problem) {
        return CronSchedule.invalid(spec, bounds.label + " field: " + problem + " (allowed " + bounds.min + "-"
                + bounds.max + ")");
    }
}
