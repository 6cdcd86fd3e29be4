package io.velerojava.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class DeclaredLengthInputStreamTest {

    @Test
    void passesAStreamOfTheDeclaredLength() throws IOException {
        InputStream in = new DeclaredLengthInputStream(new ByteArrayInputStream(new byte[]{1, 2, 3}), 3);

        assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
    }

    @Test
    void failsWhenTheStreamEndsEarly() {
        InputStream in = new DeclaredLengthInputStream(new ByteArrayInputStream(new byte[]{1, 2}), 3);

        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("ended after 2");
    }

    @Test
    void failsOnSurplusEvenForAReaderThatStopsAtTheDeclaredLength() {
        InputStream in = new DeclaredLengthInputStream(new ByteArrayInputStream(new byte[]{1, 2, 3, 4}), 3);

        assertThatThrownBy(() -> in.readNBytes(3)).isInstanceOf(IOException.class)
                .hasMessageContaining("more than the 3 bytes");
    }

    @Test
    void skippingCountsTowardsTheLength() throws IOException {
        InputStream in = new DeclaredLengthInputStream(new ByteArrayInputStream(new byte[]{1, 2, 3}), 3);

        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(in.readAllBytes()).containsExactly(3);
    }

    @Test
    void anEmptyDeclaredStreamMustBeEmpty() {
        InputStream in = new DeclaredLengthInputStream(new ByteArrayInputStream(new byte[]{1}), 0);

        assertThatThrownBy(in::read).isInstanceOf(IOException.class);
    }
}
