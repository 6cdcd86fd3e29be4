package io.velerojava.storage.filesystem;

import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreProvider;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded default provider {@code velero.io/filesystem}: config key {@code fspath} names a directory whose
 * subdirectory {@code <bucket>} is the bucket. Needs no credential.
 */
public final class FilesystemObjectStoreProvider implements ObjectStoreProvider {

    public static final String NAME = "velero.io/filesystem";
    public static final String ROOT_PATH_KEY = "fspath";

    private final Optional<DownloadUrlSigner> signer;

    /** The provider {@link java.util.ServiceLoader} finds: its stores cannot make download URLs. */
    public FilesystemObjectStoreProvider() {
        this.signer = Optional.empty();
    }

    /** A provider whose stores make download URLs served by the {@link SignedUrlServer} that owns {@code signer}. */
    public FilesystemObjectStoreProvider(DownloadUrlSigner signer) {
        this.signer = Optional.of(signer);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectStore open(LocationConfig location) {
        location.requireOnlyKeys(Set.of(ROOT_PATH_KEY));
        String root = location.option(ROOT_PATH_KEY)
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("the " + NAME + " location for bucket "
                        + location.bucket() + " needs config key " + ROOT_PATH_KEY
                        + " naming the directory that holds the bucket directory"));
        Path rootPath = Path.of(root);
        if (!rootPath.isAbsolute()) {
            throw new IllegalArgumentException(ROOT_PATH_KEY + " must be an absolute path, got \"" + root + "\"");
        }
        if (location.bucket().equals("..") || location.bucket().equals(".")) {
            throw new IllegalArgumentException("bucket \"" + location.bucket() + "\" is not a directory name");
        }
        return new FilesystemObjectStore(rootPath.resolve(location.bucket()), signer);
    }
}
