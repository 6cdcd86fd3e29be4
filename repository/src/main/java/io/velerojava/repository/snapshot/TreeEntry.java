package io.velerojava.repository.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One entry of a directory tree. Optional fields are absent when the file system does not provide them.
 *
 * @param name          the file name: not empty, not {@code .} or {@code ..}, no {@code /} or NUL
 * @param mode          permission bits including setuid/setgid/sticky ({@code 07777})
 * @param mtimeNanos    modification time in nanoseconds since the epoch
 * @param size          a file's length in bytes
 * @param object        a file's data (absent for an empty file) or a directory's tree
 * @param symlinkTarget a symbolic link's target, verbatim
 * @param hardLinkTo    for the second and later names of a hard-linked file: the snapshot-relative path of the first
 *                      name; {@code object} is set too, so a restore that lacks the first name still has the data
 * @param inode         the inode number when snapshotted, used to detect unchanged files
 * @param xattrs        user extended attributes (name without {@code user.} prefix, Base64 value)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TreeEntry(String name, EntryType type, Integer mode, Integer uid, Integer gid, Long mtimeNanos,
        Long size, String object, String symlinkTarget, String hardLinkTo, Long inode, Map<String, String> xattrs) {

    public TreeEntry {
        xattrs = xattrs == null || xattrs.isEmpty() ? null : Map.copyOf(xattrs);
    }

    public long sizeOrZero() {
        return size == null ? 0 : size;
    }
}
