package io.velerojava.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedUrlServerTest {

    @TempDir
    Path dir;

    private SignedUrlServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        server = SignedUrlServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Optional.empty());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesASignedFile() throws Exception {
        Path file = Files.writeString(dir.resolve("log.gz"), "log lines");

        HttpResponse<String> response = get(server.signer().sign(file, Duration.ofMinutes(1)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("log lines");
    }

    @Test
    void refusesAUrlWhoseFileWasChanged() throws Exception {
        Path signed = Files.writeString(dir.resolve("a"), "a");
        Files.writeString(dir.resolve("secret"), "secret");
        URI url = server.signer().sign(signed, Duration.ofMinutes(1));

        HttpResponse<String> response = get(URI.create(url.toString().replace("%2Fa&", "%2Fsecret&")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("signature");
    }

    @Test
    void refusesAUrlSignedWithAnotherKey() throws Exception {
        Path file = Files.writeString(dir.resolve("a"), "a");
        DownloadUrlSigner stranger = new DownloadUrlSigner(new byte[32], URI.create("http://127.0.0.1:"
                + server.port()), Clock.systemUTC());

        assertThat(get(stranger.sign(file, Duration.ofMinutes(1))).statusCode()).isEqualTo(403);
    }

    @Test
    void answersNotFoundForASignedFileThatIsGone() throws Exception {
        URI url = server.signer().sign(dir.resolve("deleted"), Duration.ofMinutes(1));

        assertThat(get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void answersBadRequestWithoutSignature() throws Exception {
        assertThat(get(URI.create("http://127.0.0.1:" + server.port() + "/download?file=%2Fetc%2Fpasswd"))
                .statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(URI url) throws Exception {
        return http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

}
