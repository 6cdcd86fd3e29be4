package io.velerojava.storage.filesystem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint that serves the signed download URLs of filesystem locations, so that {@code velero backup logs}
 * and {@code velero backup download} work without a cloud. The server starts one and hands {@link #signer()} to
 * {@link FilesystemObjectStoreProvider}.
 */
public final class SignedUrlServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SignedUrlServer.class);
    private static final int WORKER_THREADS = 4;

    private final HttpServer server;
    private final ExecutorService workers;
    private final DownloadUrlSigner signer;

    private SignedUrlServer(HttpServer server, ExecutorService workers, DownloadUrlSigner signer) {
        this.server = server;
        this.workers = workers;
        this.signer = signer;
    }

    /**
     * Starts serving on {@code bindAddress} (port 0 picks a free port) with a fresh random signing key; URLs from an
     * earlier process stop working, which their ten-minute lifetime makes harmless.
     *
     * @param publicBaseUrl the URL clients reach this server at; by default {@code http://<bound address>}, with
     *                      the loopback address for a wildcard bind address
     */
    public static SignedUrlServer start(InetSocketAddress bindAddress, Optional<URI> publicBaseUrl) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        HttpServer server = HttpServer.create(bindAddress, 0);
        InetSocketAddress bound = server.getAddress();
        // A wildcard bind address is no host a client can reach; the loopback address is, from the same machine.
        String host = bound.getAddress().isAnyLocalAddress()
                ? InetAddress.getLoopbackAddress().getHostAddress() : bound.getHostString();
        URI base = publicBaseUrl.orElseGet(() -> URI.create("http://" + host + ":" + bound.getPort()));
        DownloadUrlSigner signer = new DownloadUrlSigner(key, base, Clock.systemUTC());
        ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "signed-url-server");
            thread.setDaemon(true);
            return thread;
        });
        SignedUrlServer instance = new SignedUrlServer(server, workers, signer);
        server.createContext(DownloadUrlSigner.DOWNLOAD_PATH, instance::handle);
        server.setExecutor(workers);
        server.start();
        log.info("serving signed download URLs on {} as {}", bound, base);
        return instance;
    }

    public DownloadUrlSigner signer() {
        return signer;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                respond(exchange, 405, "only GET and HEAD are allowed");
                return;
            }
            DownloadUrlSigner.Verification verification = signer.verify(exchange.getRequestURI().getRawQuery());
            switch (verification.outcome()) {
                case MALFORMED -> respond(exchange, 400, verification.reason());
                case BAD_SIGNATURE, EXPIRED -> respond(exchange, 403, verification.reason());
                case VALID -> stream(exchange, verification.file(), method.equals("HEAD"));
            }
        }
    }

    private static void stream(HttpExchange exchange, Path file, boolean headOnly) throws IOException {
        if (!Files.isRegularFile(file)) {
            respond(exchange, 404, "the object does not exist");
            return;
        }
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(file);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            respond(exchange, 404, "the object does not exist");
            return;
        }
        try (in) {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            if (headOnly) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
