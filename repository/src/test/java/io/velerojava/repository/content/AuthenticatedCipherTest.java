package io.velerojava.repository.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The segmented AEAD: round trips at every segment boundary, and every tampering the threat model names fails. */
class AuthenticatedCipherTest {

    private static final int SEGMENT = AuthenticatedCipher.SEGMENT_LENGTH;
    private static final int SEALED_SEGMENT = SEGMENT + AuthenticatedCipher.TAG_LENGTH;
    private static final byte[] AAD = "role".getBytes(StandardCharsets.US_ASCII);

    private final AuthenticatedCipher cipher = new AuthenticatedCipher(random(32, 1));

    private static byte[] random(int length, int seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT, 3 * SEGMENT + 17})
    void roundTripsAtEverySegmentBoundary(int length) throws Exception {
        byte[] plaintext = random(length, length);
        byte[] sealed = cipher.seal(AAD, plaintext);
        assertThat(sealed).hasSize(AuthenticatedCipher.sealedLength(length));
        assertThat(cipher.open(AAD, sealed, "message")).isEqualTo(plaintext);
    }

    @Test
    void aPrefixIsSealedAsIfItPrecededTheData() throws Exception {
        byte[] data = random(2 * SEGMENT + 5, 2);
        byte[] prefix = {9, 8, 7};
        byte[] sealed = cipher.seal(AAD, prefix, data, 5, data.length - 5);
        byte[] expected = new byte[3 + data.length - 5];
        System.arraycopy(prefix, 0, expected, 0, 3);
        System.arraycopy(data, 5, expected, 3, data.length - 5);
        assertThat(cipher.open(AAD, sealed, "message")).isEqualTo(expected);
    }

    @Test
    void aMessageInsideALargerBufferOpensInPlace() throws Exception {
        byte[] plaintext = random(SEGMENT + 100, 3);
        byte[] sealed = cipher.seal(AAD, plaintext);
        byte[] buffer = new byte[sealed.length + 50];
        System.arraycopy(sealed, 0, buffer, 20, sealed.length);
        assertThat(cipher.open(AAD, buffer, 20, sealed.length, "message")).isEqualTo(plaintext);
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        byte[] plaintext = random(100, 4);
        assertThat(cipher.seal(AAD, plaintext)).isNotEqualTo(cipher.seal(AAD, plaintext));
    }

    @Test
    void aFlippedBitInAnySegmentOrTheSaltFails() {
        byte[] sealed = cipher.seal(AAD, random(3 * SEGMENT + 10, 5));
        int[] positions = {0, AuthenticatedCipher.SALT_LENGTH, AuthenticatedCipher.SALT_LENGTH + SEALED_SEGMENT + 7,
                sealed.length - 1};
        for (int position : positions) {
            byte[] tampered = sealed.clone();
            tampered[position] ^= 0x40;
            assertThatThrownBy(() -> cipher.open(AAD, tampered, "message m"))
                    .isInstanceOf(CorruptContentException.class)
                    .hasMessageContaining("message m").hasMessageContaining("failed authentication");
        }
    }

    @Test
    void truncationAtASegmentBoundaryFails() {
        byte[] sealed = cipher.seal(AAD, random(3 * SEGMENT + 10, 6));
        for (int segments = 1; segments <= 3; segments++) {
            byte[] truncated = Arrays.copyOf(sealed, AuthenticatedCipher.SALT_LENGTH + segments * SEALED_SEGMENT);
            assertThatThrownBy(() -> cipher.open(AAD, truncated, "message m"))
                    .isInstanceOf(CorruptContentException.class).hasMessageContaining("message m");
        }
    }

    @Test
    void truncationWithinASegmentFails() {
        byte[] sealed = cipher.seal(AAD, random(2 * SEGMENT, 7));
        for (int cut : new int[] {1, AuthenticatedCipher.TAG_LENGTH, SEALED_SEGMENT - 1, sealed.length - 1}) {
            byte[] truncated = Arrays.copyOf(sealed, sealed.length - cut);
            assertThatThrownBy(() -> cipher.open(AAD, truncated, "message m"))
                    .isInstanceOf(CorruptContentException.class).hasMessageContaining("message m");
        }
    }

    @Test
    void swappedOrDroppedSegmentsFail() {
        byte[] sealed = cipher.seal(AAD, random(3 * SEGMENT, 8));
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, segmentStart(1), swapped, segmentStart(0), SEALED_SEGMENT);
        System.arraycopy(sealed, segmentStart(0), swapped, segmentStart(1), SEALED_SEGMENT);
        assertThatThrownBy(() -> cipher.open(AAD, swapped, "message m"))
                .isInstanceOf(CorruptContentException.class).hasMessageContaining("segment 1 of 3");

        byte[] middleDropped = new byte[sealed.length - SEALED_SEGMENT];
        System.arraycopy(sealed, 0, middleDropped, 0, segmentStart(1));
        System.arraycopy(sealed, segmentStart(2), middleDropped, segmentStart(1), SEALED_SEGMENT);
        assertThatThrownBy(() -> cipher.open(AAD, middleDropped, "message m"))
                .isInstanceOf(CorruptContentException.class).hasMessageContaining("segment 2 of 2");
    }

    @Test
    void anAppendedSegmentOrOneFromAnotherMessageFails() {
        byte[] first = cipher.seal(AAD, random(2 * SEGMENT, 9));
        byte[] second = cipher.seal(AAD, random(2 * SEGMENT, 10));
        byte[] extended = Arrays.copyOf(first, first.length + SEALED_SEGMENT);
        System.arraycopy(first, segmentStart(1), extended, first.length, SEALED_SEGMENT);
        assertThatThrownBy(() -> cipher.open(AAD, extended, "message m"))
                .isInstanceOf(CorruptContentException.class).hasMessageContaining("message m");

        byte[] spliced = first.clone();
        System.arraycopy(second, segmentStart(1), spliced, segmentStart(1), SEALED_SEGMENT);
        assertThatThrownBy(() -> cipher.open(AAD, spliced, "message m"))
                .isInstanceOf(CorruptContentException.class).hasMessageContaining("segment 2 of 2");
    }

    @Test
    void anotherRoleOrKeyFails() {
        byte[] sealed = cipher.seal(AAD, random(100, 11));
        assertThatThrownBy(() -> cipher.open("other".getBytes(StandardCharsets.US_ASCII), sealed, "message m"))
                .isInstanceOf(CorruptContentException.class);
        assertThatThrownBy(() -> new AuthenticatedCipher(random(32, 2)).open(AAD, sealed, "message m"))
                .isInstanceOf(CorruptContentException.class);
    }

    private static int segmentStart(int segment) {
        return AuthenticatedCipher.SALT_LENGTH + segment * SEALED_SEGMENT;
    }
}
