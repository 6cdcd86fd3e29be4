package io.velerojava.archive;

/**
 * A tarball entry was refused before anything of it was written: an unsafe path (absolute, {@code ..}), a link
 * or device, a path outside the backup layout, a duplicate, or a size over the {@link ExtractionLimits}.
 */
public final class RejectedEntryException extends CorruptBackupException {

    private final String entryName;

    public RejectedEntryException(String entryName, String reason) {
        super("backup tarball entry '" + entryName + "' rejected: " + reason);
        this.entryName = entryName;
    }

    /** The entry's name exactly as stored in the tarball. */
    public String entryName() {
        return entryName;
    }
}
