package io.velerojava.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GoDurationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // Cases from Go's time package tests plus the forms Velero users write.
    @ParameterizedTest(name = "{0} = {1}ns")
    @CsvSource({
            "0, 0",
            "+0, 0",
            "-0, 0",
            "0s, 0",
            "5s, 5000000000",
            "30s, 30000000000",
            "1478s, 1478000000000",
            "-5s, -5000000000",
            "+5s, 5000000000",
            "5.0s, 5000000000",
            "5.6s, 5600000000",
            "5.s, 5000000000",
            ".5s, 500000000",
            "1.004s, 1004000000",
            "100.00100s, 100001000000",
            "10ns, 10",
            "11us, 11000",
            "12\u00b5s, 12000",
            "12\u03bcs, 12000",
            "13ms, 13000000",
            "15m, 900000000000",
            "16h, 57600000000000",
            "72h0m0s, 259200000000000",
            "1h30m, 5400000000000",
            "1.5h, 5400000000000",
            "300ms, 300000000",
            "3h30m, 12600000000000",
            "10.5s4m, 250500000000",
            "-2m3.4s, -123400000000",
            "1h2m3s4ms5us6ns, 3723004005006",
            "39h9m14.425s, 140954425000000",
            "52763797000ns, 52763797000",
            "0.3333333333333333333h, 1200000000000",
            "9007199254740993ns, 9007199254740993",
            "9223372036854775807ns, 9223372036854775807",
            "9223372036854775.807us, 9223372036854775807",
            "-9223372036854775808ns, -9223372036854775808",
            "0.100000000000000000000h, 360000000000",
            "0.830103483285477580700h, 2988372539827",
    })
    void parsesEveryGoForm(String text, long nanos) {
        assertThat(GoDuration.parse(text).toNanos()).isEqualTo(nanos);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"", "3", "-", "s", ".", "-.", ".s", "+.s", "1d", "1 h", "h1", "1.2.3s", "banana",
            "9223372036854775808ns", "-9223372036854775809ns", "3000000h"})
    void rejectsWhatGoRejects(String text) {
        assertThatThrownBy(() -> GoDuration.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid duration \"" + text + "\"")
                .hasMessageContaining("72h0m0s");
    }

    @ParameterizedTest(name = "{0}ns prints as {1}")
    @CsvSource({
            "0, 0s",
            "1, 1ns",
            "1100, 1.1\u00b5s",
            "2200000, 2.2ms",
            "300000000, 300ms",
            "3300000000, 3.3s",
            "245000000000, 4m5s",
            "245001000000, 4m5.001s",
            "18367001000000, 5h6m7.001s",
            "480000000001, 8m0.000000001s",
            "600000000000, 10m0s",
            "5400000000000, 1h30m0s",
            "259200000000000, 72h0m0s",
            "-1000000000, -1s",
            "-5400000000000, -1h30m0s",
            "9223372036854775807, 2562047h47m16.854775807s",
            "-9223372036854775808, -2562047h47m16.854775808s",
    })
    void printsGoCanonicalForm(long nanos, String text) {
        assertThat(GoDuration.ofNanos(nanos)).hasToString(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"10m, 10m0s", "1h30m, 1h30m0s", "1.5h, 1h30m0s", "0, 0s", "72h0m0s, 72h0m0s", "90s, 1m30s"})
    void normalizesToTheCanonicalForm(String text, String canonical) {
        assertThat(GoDuration.parse(text)).hasToString(canonical);
    }

    @Test
    void convertsToAndFromJavaDurations() {
        assertThat(GoDuration.of(Duration.ofHours(720))).hasToString("720h0m0s");
        assertThat(GoDuration.parse("4h").toDuration()).isEqualTo(Duration.ofHours(4));
        assertThat(GoDuration.parse("-1s").isNegative()).isTrue();
        assertThat(GoDuration.parse("0s").isZero()).isTrue();
    }

    @Test
    void isAJsonString() throws Exception {
        assertThat(JSON.writeValueAsString(GoDuration.parse("1h30m"))).isEqualTo("\"1h30m0s\"");
        assertThat(JSON.readValue("\"72h0m0s\"", GoDuration.class)).isEqualTo(GoDuration.parse("72h"));
    }

    @Test
    void keepsMalformedJsonTextInsteadOfFailing() throws Exception {
        GoDuration read = JSON.readValue("\"3 days\"", GoDuration.class);

        assertThat(read.isValid()).isFalse();
        assertThat(JSON.writeValueAsString(read)).isEqualTo("\"3 days\"");
        assertThatThrownBy(read::toNanos).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("invalid duration \"3 days\"");
    }

    @Test
    void ordersByLength() {
        assertThat(GoDuration.parse("90m")).isGreaterThan(GoDuration.parse("1h"));
        assertThat(GoDuration.parse("60m")).isEqualByComparingTo(GoDuration.parse("1h"));
    }
}
