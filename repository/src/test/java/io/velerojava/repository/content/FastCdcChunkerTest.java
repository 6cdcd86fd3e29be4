package io.velerojava.repository.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FastCdcChunkerTest {

    private static final ChunkerParameters SMALL = new ChunkerParameters(2048, 8192, 65536);
    private final FastCdcChunker chunker = new FastCdcChunker(SMALL);

    private List<Integer> chunkLengths(byte[] data) {
        List<Integer> lengths = new ArrayList<>();
        for (int offset = 0; offset < data.length; ) {
            int length = chunker.nextChunkLength(data, offset, data.length - offset);
            lengths.add(length);
            offset += length;
        }
        return lengths;
    }

    private static byte[] random(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    @Test
    void chunksRespectTheBoundsAndAverageNearTheTarget() {
        List<Integer> lengths = chunkLengths(random(4 << 20, 1));
        assertThat(lengths.subList(0, lengths.size() - 1)).allSatisfy(length ->
                assertThat(length).isBetween(SMALL.minSize(), SMALL.maxSize()));
        double average = lengths.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(average).isBetween(SMALL.averageSize() * 0.7, SMALL.averageSize() * 2.0);
    }

    @Test
    void cutPointsAreDeterministic() {
        byte[] data = random(1 << 20, 2);
        assertThat(chunkLengths(data)).isEqualTo(chunkLengths(data.clone()));
    }

    @Test
    void insertingOneByteChangesOnlyTheChunksAroundIt() {
        byte[] original = random(2 << 20, 3);
        byte[] edited = new byte[original.length + 1];
        int middle = original.length / 2;
        System.arraycopy(original, 0, edited, 0, middle);
        edited[middle] = 42;
        System.arraycopy(original, middle, edited, middle + 1, original.length - middle);

        Set<String> before = chunkHashes(original);
        List<String> after = new ArrayList<>(chunkHashes(edited));
        long changed = after.stream().filter(hash -> !before.contains(hash)).count();
        assertThat(changed).isBetween(1L, 3L);
    }

    @Test
    void zerosAreCutAtTheMaximumSize() {
        assertThat(chunkLengths(new byte[3 * SMALL.maxSize()])).containsOnly(SMALL.maxSize());
    }

    private Set<String> chunkHashes(byte[] data) {
        Set<String> hashes = new HashSet<>();
        int offset = 0;
        for (int length : chunkLengths(data)) {
            hashes.add(java.util.Arrays.hashCode(java.util.Arrays.copyOfRange(data, offset, offset + length)) + ":" + length);
            offset += length;
        }
        return hashes;
    }
}
