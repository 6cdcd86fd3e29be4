package io.velerojava.api.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    // 2026-05-20 is a Wednesday.
    @ParameterizedTest(name = "{0} after {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "0 3 * * *            | 2026-05-20T10:15:30Z     | 2026-05-21T03:00Z",
            "0 3 * * *            | 2026-05-20T02:59:59Z     | 2026-05-20T03:00Z",
            "0 3 * * *            | 2026-05-20T03:00:00Z     | 2026-05-21T03:00Z",
            "*/15 * * * *         | 2026-05-20T10:07:00Z     | 2026-05-20T10:15Z",
            "5-10/5 * * * *       | 2026-05-20T10:06:00Z     | 2026-05-20T10:10Z",
            "0 0 1,15 * *         | 2026-05-20T00:00:00Z     | 2026-06-01T00:00Z",
            "0 9 * * MON-FRI      | 2026-05-22T10:00:00Z     | 2026-05-25T09:00Z",
            "0 0 13 * FRI         | 2026-05-20T00:00:00Z     | 2026-05-22T00:00Z",
            "0 0 * jan,JUL sun    | 2026-05-20T00:00:00Z     | 2026-07-05T00:00Z",
            "0 12 ? * ?           | 2026-05-20T12:00:01Z     | 2026-05-21T12:00Z",
            "59 23 31 12 *        | 2026-05-20T00:00:00Z     | 2026-12-31T23:59Z",
            "@daily               | 2026-05-20T10:00:00Z     | 2026-05-21T00:00Z",
            "@midnight            | 2026-05-20T10:00:00Z     | 2026-05-21T00:00Z",
            "@hourly              | 2026-05-20T10:00:00Z     | 2026-05-20T11:00Z",
            "@weekly              | 2026-05-20T10:00:00Z     | 2026-05-24T00:00Z",
            "@monthly             | 2026-05-20T10:00:00Z     | 2026-06-01T00:00Z",
            "@yearly              | 2026-05-20T10:00:00Z     | 2027-01-01T00:00Z",
            "@annually            | 2026-05-20T10:00:00Z     | 2027-01-01T00:00Z",
            "@every 6h            | 2026-05-20T10:15:30.500Z | 2026-05-20T16:15:30Z",
            "@every 1h30m         | 2026-05-20T10:00:00Z     | 2026-05-20T11:30Z",
            "@every 500ms         | 2026-05-20T10:00:00Z     | 2026-05-20T10:00:01Z",
            "CRON_TZ=Asia/Tokyo 0 3 * * * | 2026-05-20T10:00:00Z | 2026-05-20T18:00Z",
            "TZ=America/New_York @daily   | 2026-05-20T10:00:00Z | 2026-05-21T04:00Z",
    })
    void computesTheNextActivation(String spec, String after, String expected) {
        ZonedDateTime next = CronSchedule.parse(spec).next(ZonedDateTime.parse(after)).orElseThrow();

        assertThat(next).isEqualTo(ZonedDateTime.parse(expected));
    }

    @Test
    void answersInTheZoneOfTheGivenTime() {
        ZonedDateTime after = ZonedDateTime.parse("2026-05-20T10:00:00+02:00");

        ZonedDateTime next = CronSchedule.parse("0 3 * * *").next(after).orElseThrow();

        assertThat(next).isEqualTo(ZonedDateTime.parse("2026-05-21T03:00:00+02:00"));
        assertThat(next.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void hasNoNextActivationForAnImpossibleDate() {
        assertThat(CronSchedule.parse("0 0 30 2 *").next(ZonedDateTime.parse("2026-05-20T10:00:00Z"))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "''                  | it is empty",
            "0 3 * *             | expected exactly 5 fields, found 4",
            "0 0 3 * * *         | expected exactly 5 fields, found 6",
            "60 * * * *          | minute field: 60 is above the maximum 59 (allowed 0-59)",
            "0 24 * * *          | hour field: 24 is above the maximum 23",
            "0 0 0 * *           | day-of-month field: 0 is below the minimum 1",
            "0 0 * 13 *          | month field: 13 is above the maximum 12",
            "0 0 * * 7           | day-of-week field: 7 is above the maximum 6",
            "0 0 * * FUNDAY      | day-of-week field: \"FUNDAY\" is not a number or a name such as SUN",
            "5-1 * * * *         | minute field: range \"5-1\" starts after it ends",
            "*/0 * * * *         | minute field: step of \"*/0\" must be a positive number",
            "1-2-3 * * * *       | minute field: \"1-2-3\" has too many hyphens",
            "1/2/3 * * * *       | minute field: \"1/2/3\" has too many slashes",
            "@fortnightly        | unknown descriptor \"@fortnightly\"",
            "@every 3 days       | invalid duration \"3 days\"",
            "CRON_TZ=Nowhere/Town 0 3 * * * | unknown time zone \"Nowhere/Town\"",
    })
    void rejectsMalformedSchedulesWithAnActionableMessage(String spec, String problem) {
        assertThatThrownBy(() -> CronSchedule.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid schedule \"" + spec + "\": ")
                .hasMessageContaining(problem)
                .hasMessageContaining("\"0 3 * * *\"");
    }
}
