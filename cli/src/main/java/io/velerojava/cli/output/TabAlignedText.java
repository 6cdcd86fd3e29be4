package io.velerojava.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text whose tab-separated cells are aligned the way Velero's describers align them (Go's {@code text/tabwriter}
 * with padding 2 and spaces): a tab ends a cell, and the cells of a column are padded to the widest cell of the
 * column's block, a block being consecutive lines that have a cell in that column. The last cell of a line is
 * never padded.
 */
public final class TabAlignedText {

    private static final int PADDING = 2;

    private final StringBuilder text = new StringBuilder();

    /** Appends {@link String#format formatted} text; tabs end cells, newlines end lines. */
    public TabAlignedText printf(String format, Object... args) {
        text.append(String.format(format, args));
        return this;
    }

    /** Appends a line of text. */
    public TabAlignedText println(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** Appends an empty line, which ends every column block. */
    public TabAlignedText println() {
        text.append('\n');
        return this;
    }

    /** The text with its columns aligned. */
    public String render() {
        List<String[]> lines = Arrays.stream(text.toString().split("\n", -1))
                .map(line -> line.split("\t", -1)).toList();
        StringBuilder out = new StringBuilder();
        format(lines, 0, lines.size(), new ArrayList<>(), out);
        return out.toString();
    }

    /** Go's {@code tabwriter.format}: finds the column blocks at depth {@code widths.size()} and recurses. */
    private static void format(List<String[]> lines, int from, int to, List<Integer> widths, StringBuilder out) {
        int column = widths.size();
        int unwritten = from;
        for (int line = from; line < to; line++) {
            if (column >= lines.get(line).length - 1) {
                continue;
            }
            write(lines, unwritten, line, widths, out);
            int blockStart = line;
            int width = 0;
            for (; line < to && column < lines.get(line).length - 1; line++) {
                width = Math.max(width, lines.get(line)[column].length() + PADDING);
            }
            widths.add(width);
            format(lines, blockStart, line, widths, out);
            widths.remove(widths.size() - 1);
            unwritten = line;
        }
        write(lines, unwritten, to, widths, out);
    }

    private static void write(List<String[]> lines, int from, int to, List<Integer> widths, StringBuilder out) {
        for (int line = from; line < to; line++) {
            String[] cells = lines.get(line);
            for (int column = 0; column < cells.length; column++) {
                out.append(cells[column]);
                if (column < widths.size() && column < cells.length - 1) {
                    out.append(" ".repeat(widths.get(column) - cells[column].length()));
                }
            }
            if (line + 1 < lines.size()) {
                out.append('\n');
            }
        }
    }
}
