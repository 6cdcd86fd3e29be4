package io.velerojava.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Passes a stream through and fails with an {@link IOException} as soon as it proves shorter or longer than the
 * length the caller declared, so that a provider aborts the upload instead of storing a truncated object.
 *
 * <p>Clients that stop reading after the declared length (as HTTP clients do with a Content-Length) would never see
 * surplus bytes; this stream therefore looks one byte ahead when the declared length is reached.
 */
public final class DeclaredLengthInputStream extends FilterInputStream {

    private final long declaredLength;
    private long consumed;
    private LengthMismatchException mismatch;

    public DeclaredLengthInputStream(InputStream in, long declaredLength) {
        super(in);
        if (declaredLength < 0) {
            throw new IllegalArgumentException("declared length must be >= 0, got " + declaredLength);
        }
        this.declaredLength = declaredLength;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        long remaining = declaredLength - consumed;
        if (remaining == 0) {
            rejectSurplus();
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw recorded(new LengthMismatchException("stream ended after " + consumed + " bytes but "
                    + declaredLength + " were declared"));
        }
        consumed += n;
        if (consumed == declaredLength) {
            rejectSurplus();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // The underlying skip would bypass the length accounting; read and discard instead.
        byte[] discard = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long skipped = 0;
        while (skipped < n) {
            int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    /**
     * The mismatch this stream detected, if any; clients that wrap or swallow the read failure (an SDK retrying the
     * request) lose it, so providers ask here.
     */
    public Optional<LengthMismatchException> mismatch() {
        return Optional.ofNullable(mismatch);
    }

    private LengthMismatchException recorded(LengthMismatchException e) {
        mismatch = e;
        return e;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void rejectSurplus() throws IOException {
        if (in.read() >= 0) {
            throw recorded(new LengthMismatchException("stream has more than the " + declaredLength
                    + " bytes declared"));
        }
    }
}
