package io.velerojava.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes regular-file tar entries the way Go's {@code archive/tar} writes Velero's: a USTAR header (mode 0755, owner
 * 0:0, no user or group name), and before it a PAX extended header carrying the {@code path} when the name is longer
 * than 100 bytes or not ASCII; the archive ends with two zero blocks.
 *
 * <p>A backup writes two entries per item, so this replaces a general tar library's per-entry work (entry objects,
 * name normalisation, a charset encoder per name) with filling one reused 512-byte block.
 */
final class TarOutput {

    private static final int BLOCK = 512;
    private static final int NAME_BYTES = 100;
    private static final byte[] ZEROS = new byte[BLOCK];
    private static final byte REGULAR_FILE = '0';
    private static final byte PAX_HEADER = 'x';
    private static final byte[] USTAR_MAGIC = "ustar\0".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] header = new byte[BLOCK];

    TarOutput(OutputStream out) {
        this.out = out;
    }

    /** Writes one regular file. */
    void writeFile(String name, byte[] content, long mtimeEpochSeconds) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        boolean fits = nameBytes.length <= NAME_BYTES && isAscii(nameBytes);
        if (!fits) {
            byte[] records = paxRecord("path", name);
            writeHeader(paxHeaderName(name), PAX_HEADER, records.length, mtimeEpochSeconds);
            writeContent(records);
            nameBytes = asciiPrefix(name);
        }
        writeHeader(nameBytes, REGULAR_FILE, content.length, mtimeEpochSeconds);
        writeContent(content);
    }

    /** Writes the end-of-archive marker: two zero blocks. */
    void finish() throws IOException {
        out.write(ZEROS);
        out.write(ZEROS);
    }

    private void writeHeader(byte[] name, byte type, long size, long mtime) throws IOException {
        Arrays.fill(header, (byte) 0);
        System.arraycopy(name, 0, header, 0, Math.min(name.length, NAME_BYTES));
        octal(0755, 100, 8);
        octal(0, 108, 8);
        octal(0, 116, 8);
        octal(size, 124, 12);
        octal(mtime, 136, 12);
        header[156] = type;
        System.arraycopy(USTAR_MAGIC, 0, header, 257, USTAR_MAGIC.length);
        header[263] = '0';
        header[264] = '0';
        octal(0, 329, 8);
        octal(0, 337, 8);
        // The checksum is computed with its own field as spaces and stored as six digits, NUL, space.
        Arrays.fill(header, 148, 156, (byte) ' ');
        long checksum = 0;
        for (byte b : header) {
            checksum += b & 0xff;
        }
        octal(checksum, 148, 7);
        out.write(header);
    }

    private void writeContent(byte[] content) throws IOException {
        out.write(content);
        int padding = (BLOCK - content.length % BLOCK) % BLOCK;
        out.write(ZEROS, 0, padding);
    }

    /** {@code value} as zero-padded octal digits filling the field but its last byte, which stays NUL. */
    private void octal(long value, int offset, int length) throws IOException {
        long rest = value;
        for (int i = offset + length - 2; i >= offset; i--) {
            header[i] = (byte) ('0' + (rest & 7));
            rest >>>= 3;
        }
        if (rest != 0) {
            throw new IOException("tar header value " + value + " does not fit in " + (length - 1) + " octal digits");
        }
        header[offset + length - 1] = 0;
    }

    /** One PAX record, {@code "<length> <key>=<value>\n"}, whose length counts its own digits. */
    private static byte[] paxRecord(String key, String value) {
        int body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8).length;
        int length = body + Integer.toString(body).length();
        if (Integer.toString(length).length() > Integer.toString(body).length()) {
            length++;
        }
        return (length + " " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** As Go names it: {@code <dir>/PaxHeaders.0/<base>}, cut to fit. */
    private static byte[] paxHeaderName(String name) {
        int slash = name.lastIndexOf('/');
        String paxName = slash < 0 ? "PaxHeaders.0/" + name
                : name.substring(0, slash) + "/PaxHeaders.0" + name.substring(slash);
        return asciiPrefix(paxName);
    }

    /** The name with non-ASCII characters replaced, cut to the header's field; the PAX path is the real name. */
    private static byte[] asciiPrefix(String name) {
        byte[] ascii = new byte[Math.min(name.length(), NAME_BYTES)];
        for (int i = 0; i < ascii.length; i++) {
            char c = name.charAt(i);
            ascii[i] = c < 0x80 ? (byte) c : (byte) '_';
        }
        return ascii;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
