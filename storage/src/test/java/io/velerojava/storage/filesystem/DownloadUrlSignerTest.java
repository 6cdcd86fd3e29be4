package io.velerojava.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.storage.filesystem.DownloadUrlSigner.Verification.Outcome;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DownloadUrlSignerTest {

    private static final byte[] KEY = filled(32, (byte) 7);
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final Path FILE = Path.of("/var/lib/velero/bucket/backups/b1/b1-logs.gz");

    @Test
    void aFreshUrlVerifiesToItsFile() {
        URI url = signerAt(NOW).sign(FILE, Duration.ofMinutes(10));

        DownloadUrlSigner.Verification verification = signerAt(NOW.plusSeconds(599)).verify(url.getRawQuery());

        assertThat(url.toString()).startsWith("http://velero.example:8085/dl/download?file=");
        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.file()).isEqualTo(FILE);
    }

    @Test
    void aUrlPastItsLifetimeIsExpired() {
        URI url = signerAt(NOW).sign(FILE, Duration.ofMinutes(10));

        assertThat(signerAt(NOW.plusSeconds(601)).verify(url.getRawQuery()).outcome()).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void extendingTheExpiryBreaksTheSignature() {
        URI url = signerAt(NOW).sign(FILE, Duration.ofMinutes(10));
        long expires = NOW.plusSeconds(600).getEpochSecond();

        String forged = url.getRawQuery().replace("expires=" + expires, "expires=" + (expires + 86_400));

        assertThat(signerAt(NOW).verify(forged).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void aQueryWithoutSignatureIsMalformed() {
        assertThat(signerAt(NOW).verify("file=%2Fetc%2Fpasswd&expires=9999999999").outcome())
                .isEqualTo(Outcome.MALFORMED);
        assertThat(signerAt(NOW).verify(null).outcome()).isEqualTo(Outcome.MALFORMED);
    }

    @Test
    void aShortKeyIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DownloadUrlSigner(new byte[16],
                        URI.create("http://x"), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    private static DownloadUrlSigner signerAt(Instant instant) {
        return new DownloadUrlSigner(KEY, URI.create("http://velero.example:8085/dl/"),
                Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static byte[] filled(int size, byte value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
