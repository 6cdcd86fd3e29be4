package io.velerojava.storage.filesystem;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and checks the time-limited download URLs of filesystem locations: {@code <base>/download?file=..&expires=..
 * &signature=..}, where the signature is HMAC-SHA256 over the file's absolute path and the expiry. Only the process
 * holding the key can make a URL, so the endpoint serves exactly the files it signed, until they expire.
 */
public final class DownloadUrlSigner {

    /** The path of the download endpoint below the base URL. */
    public static final String DOWNLOAD_PATH = "/download";

    private static final String HMAC = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final byte[] key;
    private final String baseUrl;
    private final Clock clock;

    /**
     * @param key     the HMAC key, at least 32 bytes
     * @param baseUrl the URL clients reach the download endpoint's server at, e.g. {@code http://velero.velero:8085}
     */
    public DownloadUrlSigner(byte[] key, URI baseUrl, Clock clock) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("download URL signing key must have at least " + MIN_KEY_BYTES
                    + " bytes, got " + key.length);
        }
        this.key = key.clone();
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A URL for {@code file} valid for {@code ttl}. */
    public URI sign(Path file, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("download URL lifetime must be positive, got " + ttl);
        }
        String path = file.toAbsolutePath().normalize().toString();
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return URI.create(baseUrl + DOWNLOAD_PATH + "?file=" + URLEncoder.encode(path, StandardCharsets.UTF_8)
                + "&expires=" + expires + "&signature=" + signature(path, expires));
    }

    /** Checks a request's query string; the file it may serve, or why not. */
    public Verification verify(String rawQuery) {
        Map<String, String> params = parseQuery(rawQuery == null ? "" : rawQuery);
        String file = params.get("file");
        String expiresText = params.get("expires");
        String given = params.get("signature");
        if (file == null || expiresText == null || given == null) {
            return Verification.rejected(Verification.Outcome.MALFORMED, "the URL lacks file, expires or signature");
        }
        long expires;
        try {
            expires = Long.parseLong(expiresText);
        } catch (NumberFormatException e) {
            return Verification.rejected(Verification.Outcome.MALFORMED, "expires is not a number");
        }
        byte[] expected = signature(file, expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
            return Verification.rejected(Verification.Outcome.BAD_SIGNATURE, "the signature does not match");
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(expires))) {
            return Verification.rejected(Verification.Outcome.EXPIRED,
                    "the URL expired at " + Instant.ofEpochSecond(expires));
        }
        return new Verification(Verification.Outcome.VALID, Path.of(file), "");
    }

    private String signature(String path, long expires) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            byte[] digest = mac.doFinal((path + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + HMAC, e);
        }
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** The result of checking a download URL: the file to serve, or the reason to refuse. */
    public record Verification(Outcome outcome, Path file, String reason) {

        /** Why a URL was accepted or refused. */
        public enum Outcome { VALID, MALFORMED, BAD_SIGNATURE, EXPIRED }

        static Verification rejected(Outcome outcome, String reason) {
            return new Verification(outcome, null, reason);
        }
    }
}
