package io.velerojava.repository.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentCodecTest {

    private final RepositoryKeys keys = new RepositoryKeys(new byte[32], filled(32, (byte) 7));
    private final ContentCodec codec = new ContentCodec(keys, CompressionSettings.ZSTD_FAST);

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }

    @Test
    void compressibleDataIsCompressedAndRoundTrips() throws Exception {
        byte[] text = "the same line again and again\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        ContentId id = codec.idOf(text, 0, text.length);
        byte[] record = codec.seal(id, text, 0, text.length);
        assertThat(record.length).isLessThan(text.length / 10);
        assertThat(codec.open(id, record, "test")).isEqualTo(text);
    }

    @Test
    void incompressibleDataIsStoredWithOnlyTheCipherOverhead() throws Exception {
        byte[] random = new byte[100_000];
        new Random(1).nextBytes(random);
        ContentId id = codec.idOf(random, 0, random.length);
        byte[] record = codec.seal(id, random, 0, random.length);
        assertThat(record.length).isEqualTo(AuthenticatedCipher.sealedLength(random.length + 1));
        assertThat(codec.open(id, record, "test")).isEqualTo(random);
    }

    @Test
    void largeChunksAreSampledBeforeCompressingAndRoundTripEitherWay() throws Exception {
        byte[] random = new byte[1024 * 1024];
        new Random(3).nextBytes(random);
        ContentId randomId = codec.idOf(random, 0, random.length);
        byte[] stored = codec.seal(randomId, random, 0, random.length);
        assertThat(stored.length).isEqualTo(AuthenticatedCipher.sealedLength(random.length + 1));
        assertThat(codec.open(randomId, stored, "test")).isEqualTo(random);

        byte[] text = "a line of text that repeats\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        ContentId textId = codec.idOf(text, 0, text.length);
        byte[] compressed = codec.seal(textId, text, 0, text.length);
        assertThat(compressed.length).isLessThan(text.length / 10);
        assertThat(codec.open(textId, compressed, "test")).isEqualTo(text);
    }

    @Test
    void idsAreKeyedSoOtherRepositoriesGetOtherIds() {
        byte[] data = "same data".getBytes(StandardCharsets.UTF_8);
        ContentCodec other = new ContentCodec(new RepositoryKeys(new byte[32], filled(32, (byte) 8)),
                CompressionSettings.NONE);
        assertThat(codec.idOf(data, 0, data.length)).isNotEqualTo(other.idOf(data, 0, data.length));
    }

    @Test
    void aFlippedBitOrAWrongIdIsDetected() {
        byte[] data = "payload".getBytes(StandardCharsets.UTF_8);
        ContentId id = codec.idOf(data, 0, data.length);
        byte[] record = codec.seal(id, data, 0, data.length);
        byte[] tampered = record.clone();
        tampered[tampered.length / 2] ^= 1;
        assertThatThrownBy(() -> codec.open(id, tampered, "pack p")).isInstanceOf(CorruptContentException.class)
                .hasMessageContaining(id.toString()).hasMessageContaining("pack p");
        ContentId otherId = codec.idOf(new byte[1], 0, 1);
        assertThatThrownBy(() -> codec.open(otherId, record, "pack p")).isInstanceOf(CorruptContentException.class);
    }

    @Test
    void aTruncatedOrReorderedRecordNamesItsContent() {
        byte[] data = new byte[5 * AuthenticatedCipher.SEGMENT_LENGTH];
        new Random(2).nextBytes(data);
        ContentId id = codec.idOf(data, 0, data.length);
        byte[] record = codec.seal(id, data, 0, data.length);
        int segment = AuthenticatedCipher.SEGMENT_LENGTH + AuthenticatedCipher.TAG_LENGTH;

        byte[] truncated = java.util.Arrays.copyOf(record, AuthenticatedCipher.SALT_LENGTH + 2 * segment);
        assertThatThrownBy(() -> codec.open(id, truncated, "pack p at offset 5"))
                .isInstanceOf(CorruptContentException.class)
                .hasMessageContaining("content " + id).hasMessageContaining("pack p at offset 5");

        byte[] reordered = record.clone();
        System.arraycopy(record, AuthenticatedCipher.SALT_LENGTH + segment, reordered,
                AuthenticatedCipher.SALT_LENGTH + 2 * segment, segment);
        System.arraycopy(record, AuthenticatedCipher.SALT_LENGTH + 2 * segment, reordered,
                AuthenticatedCipher.SALT_LENGTH + segment, segment);
        assertThatThrownBy(() -> codec.open(id, reordered, "pack p at offset 5"))
                .isInstanceOf(CorruptContentException.class)
                .hasMessageContaining("content " + id).hasMessageContaining("failed authentication in segment 2");
    }
}
