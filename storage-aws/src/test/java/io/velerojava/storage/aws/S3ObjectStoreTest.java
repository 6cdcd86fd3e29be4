package io.velerojava.storage.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3ObjectStoreTest {

    private static final long MIB = 1024 * 1024;

    @ParameterizedTest(name = "chunk {0} MiB -> one PutObject up to {1} MiB")
    @CsvSource({
        "5, 10",     // the smallest chunk S3 allows: two of them
        "16, 32",    // the default: a 16 MiB pack plus its last chunk of data stays one request
        "40, 64",    // two chunks would hold too much in memory: capped
        "100, 100",  // never below one chunk, as before
    })
    void knownLengthObjectsOfUpToTwoChunksGoUpInOneRequest(long chunkMib, long limitMib) {
        assertThat(S3ObjectStore.singlePutLimit(chunkMib * MIB)).isEqualTo(limitMib * MIB);
    }
}
