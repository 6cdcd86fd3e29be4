package io.velerojava.repository.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyDerivationTest {

    private final KeyDerivation derivation = KeyDerivation.withRandomSalt(KeyDerivation.MINIMUM_ITERATIONS);

    @Test
    void theSamePasswordAndSaltGiveTheSameKeyEvenAfterACallerOverwroteAnEarlierCopy() {
        byte[] expected = derivation.deriveKey("secret").clone();
        // Callers may wipe keys after use (the freshly derived one and the remembered one); neither may wipe the cache.
        Arrays.fill(derivation.deriveKey("secret"), (byte) 0);
        Arrays.fill(derivation.deriveKey("secret"), (byte) 0);

        assertThat(derivation.deriveKey("secret")).isEqualTo(expected).hasSize(32);
    }

    @Test
    void anotherPasswordSaltOrIterationCountGivesAnotherKey() {
        byte[] key = derivation.deriveKey("secret");

        assertThat(derivation.deriveKey("Secret")).isNotEqualTo(key);
        assertThat(new KeyDerivation(KeyDerivation.PBKDF2_SHA256, KeyDerivation.MINIMUM_ITERATIONS,
                KeyDerivation.withRandomSalt(KeyDerivation.MINIMUM_ITERATIONS).salt()).deriveKey("secret"))
                .isNotEqualTo(key);
        assertThat(new KeyDerivation(KeyDerivation.PBKDF2_SHA256, KeyDerivation.MINIMUM_ITERATIONS + 1,
                derivation.salt()).deriveKey("secret")).isNotEqualTo(key);
    }

    @Test
    void anEmptyPasswordIsRefused() {
        assertThatThrownBy(() -> derivation.deriveKey("")).hasMessageContaining("must not be empty");
    }
}
