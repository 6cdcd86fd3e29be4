package io.velerojava.repository.content;

import java.util.List;

/**
 * A byte range of one pack that holds several records read together: {@code records} in offset order, all within
 * {@code [offset, offset + length)}.
 */
public record PackRange(String pack, long offset, int length, List<IndexEntry> records) {

    public PackRange {
        records = List.copyOf(records);
    }
}
