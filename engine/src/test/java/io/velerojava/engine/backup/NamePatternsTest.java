package io.velerojava.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePatternsTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "shop-*     | shop-eu     | true",
        "shop-*     | shop        | false",
        "*-prod     | web-prod    | true",
        "db-?       | db-1        | true",
        "db-?       | db-12       | false",
        "db-[0-9]   | db-7        | true",
        "db-[!0-9]  | db-7        | false",
        "db-[!0-9]  | db-x        | true",
        "{web,db}   | db          | true",
        "{web,db}   | api         | false",
        "kube.sys*  | kube.system | true",
        "kube.sys*  | kubexsystem | false",
    })
    void globsMatchAsVeleroFiltersDo(String pattern, String name, boolean matches) {
        assertThat(NamePatterns.of(List.of(pattern)).matches(name)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'*'", "' * '"})
    void aStarMatchesEverythingEvenWithSpaces(String pattern) {
        NamePatterns patterns = NamePatterns.of(List.of(pattern, ""));

        assertThat(patterns.matchesEverything()).isTrue();
        assertThat(patterns.matches("anything")).isTrue();
    }
}
