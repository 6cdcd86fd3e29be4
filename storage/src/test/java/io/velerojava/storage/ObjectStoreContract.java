package io.velerojava.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link ObjectStore} contract as tests. Every provider extends this class and runs it against its real server
 * (the filesystem provider in a temp directory). Each test works below a fresh random prefix, so runs can share a
 * bucket.
 */
public abstract class ObjectStoreContract {

    private static final int PAGED_LISTING_SIZE = 1_050;

    /** A random prefix of this test's keys. */
    protected final String base = "contract-" + UUID.randomUUID() + "/";

    /** The store under test; the same instance for the whole test method. */
    protected abstract ObjectStore store();

    /** A size above the provider's multipart (or resumable, or block) upload threshold as configured for the test. */
    protected int largeObjectSize() {
        return 12 * 1024 * 1024;
    }

    /** Skips the signed-URL test where the test server cannot serve signed URLs; the override states why. */
    protected void assumeSignedUrlsServed() {
    }

    @AfterEach
    void deleteTestObjects() throws Exception {
        inParallel(store().list(base).stream().map(ObjectInfo::key).toList(), key -> store().delete(key));
    }

    @Test
    void getReturnsWhatPutStored() {
        byte[] data = "{\"kind\":\"Backup\"}".getBytes(StandardCharsets.UTF_8);

        store().put(base + "backups/b1/velero-backup.json", data);

        assertThat(read(store().get(base + "backups/b1/velero-backup.json"))).isEqualTo(data);
    }

    @Test
    void putAcceptsAStreamOfUnknownLength() {
        byte[] data = randomBytes(100_000, 1);

        store().put(base + "unknown-length", new ByteArrayInputStream(data), OptionalLong.empty());

        assertThat(read(store().get(base + "unknown-length"))).isEqualTo(data);
    }

    @Test
    void emptyObjectsRoundTrip() {
        store().put(base + "empty", new byte[0]);

        assertThat(store().exists(base + "empty")).isTrue();
        assertThat(read(store().get(base + "empty"))).isEmpty();
        assertThat(store().list(base)).extracting(ObjectInfo::size).containsExactly(0L);
    }

    @Test
    void putReplacesAnExistingObject() {
        store().put(base + "key", bytes("first version"));

        store().put(base + "key", bytes("second"));

        assertThat(read(store().get(base + "key"))).isEqualTo(bytes("second"));
        assertThat(store().list(base)).extracting(ObjectInfo::size).containsExactly(6L);
    }

    @Test
    void existsFollowsPutAndDelete() {
        String key = base + "restores/r1/restore-r1-logs.gz";
        assertThat(store().exists(key)).isFalse();

        store().put(key, bytes("log"));
        boolean afterPut = store().exists(key);
        store().delete(key);

        assertThat(afterPut).isTrue();
        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void getOfAMissingKeyThrowsObjectNotFound() {
        assertThatThrownBy(() -> read(store().get(base + "missing")))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> read(store().get(base + "missing", new ByteRange(0, 10))))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void deleteOfAMissingKeyDoesNothing() {
        store().delete(base + "never-written");

        assertThat(store().exists(base + "never-written")).isFalse();
    }

    @Test
    void rangeGetReturnsTheRequestedBytes() {
        byte[] data = randomBytes(10_000, 2);
        store().put(base + "ranged", data);

        byte[] middle = read(store().get(base + "ranged", new ByteRange(1_000, 500)));
        byte[] pastTheEnd = read(store().get(base + "ranged", new ByteRange(9_990, 100)));

        assertThat(middle).isEqualTo(slice(data, 1_000, 500));
        assertThat(pastTheEnd).isEqualTo(slice(data, 9_990, 10));
    }

    @Test
    void listReturnsObjectsUnderAPrefixInLexicographicOrder() {
        Instant before = Instant.now().minusSeconds(120);
        store().put(base + "b/2", bytes("22"));
        store().put(base + "a/10", bytes("1010"));
        store().put(base + "ab", bytes("ab"));
        store().put(base + "a/1", bytes("1"));
        store().put(base + "a-x", bytes("a-x"));
        Instant after = Instant.now().plusSeconds(120);

        List<ObjectInfo> listed = store().list(base + "a");

        assertThat(listed).extracting(ObjectInfo::key)
                .containsExactly(base + "a-x", base + "a/1", base + "a/10", base + "ab");
        assertThat(listed).extracting(ObjectInfo::size).containsExactly(3L, 1L, 4L, 2L);
        assertThat(listed).allSatisfy(object -> assertThat(object.lastModified()).isBetween(before, after));
    }

    @Test
    void listOfAPrefixWithoutObjectsIsEmpty() {
        store().put(base + "elsewhere/x", bytes("x"));

        assertThat(store().list(base + "nothing/")).isEmpty();
        assertThat(store().listCommonPrefixes(base + "nothing/", "/")).isEmpty();
    }

    @Test
    void listCommonPrefixesReturnsTheNextLevelOfDirectories() {
        store().put(base + "backups/b1/velero-backup.json", bytes("1"));
        store().put(base + "backups/b2/velero-backup.json", bytes("2"));
        store().put(base + "backups/b2/b2.tar.gz", bytes("2"));
        store().put(base + "backups/b10/deep/er/file", bytes("3"));
        store().put(base + "backups/loose-object", bytes("4"));
        store().put(base + "restores/r1/restore-r1-logs.gz", bytes("5"));

        assertThat(store().listCommonPrefixes(base + "backups/", "/"))
                .containsExactly(base + "backups/b1/", base + "backups/b10/", base + "backups/b2/");
        assertThat(store().listCommonPrefixes(base, "/"))
                .containsExactly(base + "backups/", base + "restores/");
        assertThat(store().listCommonPrefixes(base + "backups/b1", "/"))
                .containsExactly(base + "backups/b1/", base + "backups/b10/");
    }

    @Test
    void aPrefixDisappearsWithItsLastObject() {
        store().put(base + "backups/gone/velero-backup.json", bytes("1"));
        store().put(base + "backups/kept/velero-backup.json", bytes("2"));

        store().delete(base + "backups/gone/velero-backup.json");

        assertThat(store().listCommonPrefixes(base + "backups/", "/")).containsExactly(base + "backups/kept/");
    }

    @Test
    void aStreamShorterThanDeclaredFailsAndKeepsThePreviousObject() {
        store().put(base + "key", bytes("previous"));

        assertThatThrownBy(() -> store().put(base + "key", new ByteArrayInputStream(bytes("short")),
                OptionalLong.of(1_000)))
                .isInstanceOf(ObjectStoreException.class);

        assertThat(read(store().get(base + "key"))).isEqualTo(bytes("previous"));
    }

    @Test
    void aStreamLongerThanDeclaredFailsAndStoresNothing() {
        assertThatThrownBy(() -> store().put(base + "key", new ByteArrayInputStream(bytes("longer than four")),
                OptionalLong.of(4)))
                .isInstanceOf(ObjectStoreException.class);

        assertThat(store().exists(base + "key")).isFalse();
        assertThat(store().list(base)).isEmpty();
    }

    @Test
    void largeObjectsOfKnownLengthRoundTrip() {
        byte[] data = randomBytes(largeObjectSize(), 3);

        store().put(base + "large-known", new ByteArrayInputStream(data), OptionalLong.of(data.length));

        assertThat(sha256(store().get(base + "large-known"))).isEqualTo(sha256(new ByteArrayInputStream(data)));
        assertThat(store().list(base + "large-known")).extracting(ObjectInfo::size).containsExactly(
                (long) data.length);
    }

    @Test
    void largeObjectsOfUnknownLengthRoundTrip() {
        byte[] data = randomBytes(largeObjectSize(), 4);

        store().put(base + "large-unknown", new ByteArrayInputStream(data), OptionalLong.empty());

        assertThat(sha256(store().get(base + "large-unknown"))).isEqualTo(sha256(new ByteArrayInputStream(data)));
        assertThat(read(store().get(base + "large-unknown", new ByteRange(data.length - 7, 7))))
                .isEqualTo(slice(data, data.length - 7, 7));
    }

    @Test
    void aLargeUploadWhoseSourceFailsMidwayLeavesNoObject() {
        byte[] previous = bytes("previous");
        store().put(base + "large-failing", previous);
        InputStream failing = new SequenceInputStream(
                new ByteArrayInputStream(randomBytes(largeObjectSize(), 6)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("the tarball writer failed");
                    }
                });

        assertThatThrownBy(() -> store().put(base + "large-failing", failing, OptionalLong.empty()))
                .isInstanceOf(ObjectStoreException.class);

        assertThat(read(store().get(base + "large-failing"))).isEqualTo(previous);
        assertThat(store().list(base)).extracting(ObjectInfo::key).containsExactly(base + "large-failing");
    }

    @Test
    void listReturnsEveryObjectAcrossPages() throws Exception {
        List<String> keys = IntStream.range(0, PAGED_LISTING_SIZE)
                .mapToObj(i -> base + "kopia/ns/" + String.format("p%05d", i))
                .toList();
        inParallel(keys, key -> store().put(key, bytes("x")));

        List<ObjectInfo> listed = store().list(base + "kopia/ns/");

        assertThat(listed).extracting(ObjectInfo::key).containsExactlyElementsOf(keys);
    }

    @Test
    void aSignedUrlDownloadsTheObjectWithAPlainGet() throws Exception {
        assumeSignedUrlsServed();
        byte[] data = randomBytes(50_000, 5);
        store().put(base + "backups/b1/b1-logs.gz", data);

        URI url = store().signedDownloadUrl(base + "backups/b1/b1-logs.gz", Duration.ofMinutes(10));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(data);
    }

    private static void inParallel(List<String> keys, Consumer<String> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (String key : keys) {
                results.add(pool.submit(() -> action.accept(key)));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    protected static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    protected static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static byte[] randomBytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static byte[] slice(byte[] data, int offset, int length) {
        byte[] part = new byte[length];
        System.arraycopy(data, offset, part, 0, length);
        return part;
    }

    private static byte[] sha256(InputStream in) {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return digest.digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
