package io.velerojava.repository.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryBlobStorageTest extends BlobStorageContract {

    @TempDir
    Path root;

    @Override
    protected BlobStorage storage() throws Exception {
        return new LocalDirectoryBlobStorage(root);
    }

    @Test
    void leftoverTemporaryFilesAreNotListed() throws Exception {
        BlobStorage storage = storage();
        Files.createDirectories(root.resolve("packs"));
        Files.write(root.resolve("packs/.x.123.tmp"), new byte[3]);
        storage.put("packs/x", new byte[1]);
        assertThat(storage.list("packs/")).extracting(BlobInfo::name).containsExactly("packs/x");
    }

    @Test
    void blobsLargerThanOneIoSliceRoundTripWholeAndInRangesAcrossSlices() throws Exception {
        BlobStorage storage = storage();
        byte[] data = new byte[5 * LocalDirectoryBlobStorage.IO_SLICE / 2];
        new java.util.Random(3).nextBytes(data);
        storage.put("packs/big", data);

        assertThat(storage.get("packs/big")).isEqualTo(data);
        int from = LocalDirectoryBlobStorage.IO_SLICE - 7;
        int length = LocalDirectoryBlobStorage.IO_SLICE + 100;
        assertThat(storage.get("packs/big", from, length))
                .isEqualTo(java.util.Arrays.copyOfRange(data, from, from + length));
    }

    @Test
    void packsAreSyncedInTheBackgroundButBeforeAnyLaterIndexIsWritten() throws Exception {
        List<String> synced = new CopyOnWriteArrayList<>();
        CountDownLatch packDiskDone = new CountDownLatch(1);
        BlobStorage storage = new LocalDirectoryBlobStorage(root, path -> {
            String name = root.relativize(path).toString();
            if (name.startsWith("packs/")) {
                try {
                    packDiskDone.await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            synced.add(name.replaceAll("\\.[0-9a-f-]+\\.tmp$", ".tmp"));
        });

        storage.put("packs/p1", new byte[] {1});
        assertThat(storage.get("packs/p1")).containsExactly(1); // stored and readable while its sync waits
        CompletableFuture<Void> index = CompletableFuture.runAsync(() -> {
            try {
                storage.put("indexes/i1", new byte[] {2});
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Thread.sleep(200);
        assertThat(index).isNotDone();
        assertThat(storage.exists("indexes/i1")).isFalse();

        packDiskDone.countDown();
        index.get(10, TimeUnit.SECONDS);
        assertThat(synced).containsExactly("packs/p1", "packs", "indexes/.i1.tmp", "indexes");
    }
}
