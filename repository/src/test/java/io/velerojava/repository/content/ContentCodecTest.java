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
        assertThat(record.length).isEqualTo(random.length + 1 + AuthenticatedCipher.OVERHEAD);
        assertThat(codec.open(id, record, "test")).isEqualTo(random);
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
}
