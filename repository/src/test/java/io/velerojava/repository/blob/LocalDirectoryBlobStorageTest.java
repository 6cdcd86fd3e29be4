package io.velerojava.repository.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
