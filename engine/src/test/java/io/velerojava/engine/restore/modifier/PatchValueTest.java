package io.velerojava.engine.restore.modifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatchValueTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "premium | \"premium\"",
            "3 | 3",
            "-1.5e3 | -1.5e3",
            "true | true",
            "FALSE | false",
            "null | null",
            "'\"true\"' | \"true\"",
            "'\"42\"' | \"42\"",
            "'{\"a\": [1, 2]}' | '{\"a\": [1, 2]}'",
            "'[\"x\"]' | '[\"x\"]'",
            "01 | \"01\"",
            "1 2 | \"1 2\"",
            "'' | \"\""})
    void readsTheValueAsVeleroDoes(String value, String json) throws Exception {
        assertThat(PatchValue.of(value == null ? "" : value)).isEqualTo(new ObjectMapper().readTree(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {"'{\"a\":'", "'[1,'", "'{} trailing'"})
    void brokenJsonIsRejected(String value) {
        assertThatThrownBy(() -> PatchValue.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not valid JSON");
    }
}
