package io.velerojava.repository.content;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of one index blob: entries plus the packs that maintenance has retired (no live content left; they are
 * deleted once the retirement is older than the grace period).
 *
 * <pre>
 * index   = seal(aad "velero-java index", plain)
 * plain   = magic "VJIX" | version 0x02
 *         | uint32 packCount   | (uint16 nameLength | name UTF-8)*
 *         | uint32 entryCount  | (contentId[32] | uint32 packNumber | uint32 offset | uint32 length
 *                                 | int64 timestampMillis | uint8 flags (bit 0 = deleted))*
 *         | uint32 retiredCount | (uint32 packNumber | int64 retiredAtMillis)*
 * </pre>
 */
public record IndexBlob(List<IndexEntry> entries, Map<String, Long> retiredPacks) {

    private static final byte[] MAGIC = {'V', 'J', 'I', 'X', 2};
    private static final byte[] AAD = "velero-java index".getBytes(StandardCharsets.US_ASCII);

    public IndexBlob {
        entries = List.copyOf(entries);
        retiredPacks = Map.copyOf(retiredPacks);
    }

    public byte[] seal(AuthenticatedCipher cipher) {
        Map<String, Integer> packNumbers = new LinkedHashMap<>();
        entries.forEach(entry -> packNumbers.putIfAbsent(entry.pack(), packNumbers.size()));
        retiredPacks.keySet().forEach(pack -> packNumbers.putIfAbsent(pack, packNumbers.size()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * 61);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(packNumbers.size());
            for (String pack : packNumbers.keySet()) {
                byte[] name = pack.getBytes(StandardCharsets.UTF_8);
                out.writeShort(name.length);
                out.write(name);
            }
            out.writeInt(entries.size());
            for (IndexEntry entry : entries) {
                out.write(entry.id().bytesForAad());
                out.writeInt(packNumbers.get(entry.pack()));
                out.writeInt(entry.offset());
                out.writeInt(entry.length());
                out.writeLong(entry.timestampMillis());
                out.writeByte(entry.deleted() ? 1 : 0);
            }
            out.writeInt(retiredPacks.size());
            for (Map.Entry<String, Long> retired : retiredPacks.entrySet()) {
                out.writeInt(packNumbers.get(retired.getKey()));
                out.writeLong(retired.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cipher.seal(AAD, bytes.toByteArray());
    }

    public static IndexBlob open(String blobName, byte[] sealed, AuthenticatedCipher cipher)
            throws CorruptContentException {
        byte[] plain = cipher.open(AAD, sealed, "index " + blobName);
        try {
            ByteBuffer in = ByteBuffer.wrap(plain);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new CorruptContentException("index " + blobName + " has an unknown format");
            }
            String[] packs = new String[in.getInt()];
            for (int i = 0; i < packs.length; i++) {
                byte[] name = new byte[in.getShort() & 0xffff];
                in.get(name);
                packs[i] = new String(name, StandardCharsets.UTF_8);
            }
            int entryCount = in.getInt();
            List<IndexEntry> entries = new ArrayList<>(entryCount);
            for (int i = 0; i < entryCount; i++) {
                ContentId id = ContentId.of(plain, in.position());
                in.position(in.position() + ContentId.LENGTH);
                entries.add(new IndexEntry(id, packs[in.getInt()], in.getInt(), in.getInt(), in.getLong(),
                        (in.get() & 1) != 0));
            }
            int retiredCount = in.getInt();
            Map<String, Long> retired = new HashMap<>();
            for (int i = 0; i < retiredCount; i++) {
                retired.put(packs[in.getInt()], in.getLong());
            }
            return new IndexBlob(entries, retired);
        } catch (BufferUnderflowException | ArrayIndexOutOfBoundsException e) {
            throw new CorruptContentException("index " + blobName + " is malformed", e);
        }
    }
}
