package io.velerojava.repository;

import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.content.ConfigBlob;
import io.velerojava.repository.content.ContentCodec;
import io.velerojava.repository.content.ContentIndex;
import io.velerojava.repository.content.ContentReader;
import io.velerojava.repository.content.ContentWriter;
import io.velerojava.repository.content.FastCdcChunker;
import io.velerojava.repository.content.KeyDerivation;
import io.velerojava.repository.content.MetadataCache;
import io.velerojava.repository.content.RepositoryKeys;
import io.velerojava.repository.content.RepositoryParameters;
import io.velerojava.repository.maintenance.CheckMode;
import io.velerojava.repository.maintenance.CheckResult;
import io.velerojava.repository.maintenance.Maintainer;
import io.velerojava.repository.maintenance.MaintenanceOptions;
import io.velerojava.repository.maintenance.MaintenanceResult;
import io.velerojava.repository.maintenance.RepositoryChecker;
import io.velerojava.repository.object.ObjectReader;
import io.velerojava.repository.object.ObjectWriter;
import io.velerojava.repository.snapshot.ManifestStore;
import io.velerojava.repository.snapshot.SnapshotCreator;
import io.velerojava.repository.snapshot.SnapshotManifest;
import io.velerojava.repository.snapshot.SnapshotRestorer;
import io.velerojava.repository.snapshot.WriteSession;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deduplicating, encrypted repository of directory snapshots on any {@link BlobStorage}. The format is specified in
 * docs/design/repository-format.md. Instances are safe for concurrent use, and several processes may use one
 * repository at once (only maintenance must not run twice at the same time).
 *
 * <pre>{@code
 * try (Repository repository = Repository.open(storage, password)) {
 *     SnapshotResult result = repository.snapshot(volume, Map.of("pod", "web-0"), SnapshotOptions.DEFAULT);
 *     repository.restore(result.snapshotId(), "", target, RestoreOptions.DEFAULT);
 * }
 * }</pre>
 */
public final class Repository implements AutoCloseable {

    private final BlobStorage storage;
    private final RepositoryParameters parameters;
    private final ContentCodec codec;
    private final FastCdcChunker chunker;
    private final MetadataCache cache;
    private final ManifestStore manifests;
    private final Clock clock = Clock.systemUTC();

    private Repository(BlobStorage storage, RepositoryParameters parameters, CacheOptions cacheOptions) {
        this.storage = storage;
        this.parameters = parameters;
        this.codec = new ContentCodec(parameters.keys(), parameters.compression());
        this.chunker = new FastCdcChunker(parameters.chunker());
        this.cache = cacheOptions.enabled()
                ? MetadataCache.open(cacheOptions.directory(), cacheOptions.maxContentBytes(), parameters.repositoryId())
                : MetadataCache.NONE;
        this.manifests = new ManifestStore(storage, codec.metadataCipher(), cache);
    }

    /**
     * Creates a new repository; fails if {@code storage} already holds one. It uses the default local cache
     * ({@link CacheOptions#fromEnvironment()}).
     */
    public static Repository create(BlobStorage storage, String password, RepositoryOptions options)
            throws IOException {
        return create(storage, password, options, CacheOptions.fromEnvironment());
    }

    /** Creates a new repository with the given local cache; fails if {@code storage} already holds one. */
    public static Repository create(BlobStorage storage, String password, RepositoryOptions options,
            CacheOptions cacheOptions) throws IOException {
        if (storage.exists(BlobLayout.CONFIG)) {
            throw new IOException("a repository already exists in this storage; open it instead of creating one");
        }
        SecureRandom random = new SecureRandom();
        byte[] encryptionKey = new byte[32];
        byte[] hashKey = new byte[32];
        byte[] id = new byte[16];
        random.nextBytes(encryptionKey);
        random.nextBytes(hashKey);
        random.nextBytes(id);
        RepositoryParameters parameters = new RepositoryParameters(HexFormat.of().formatHex(id),
                new RepositoryKeys(encryptionKey, hashKey), options.chunker(), options.compression(),
                options.packTargetSize());
        ConfigBlob.write(storage, parameters, KeyDerivation.withRandomSalt(options.keyDerivationIterations()), password);
        return new Repository(storage, parameters, cacheOptions);
    }

    /**
     * Opens an existing repository with the default local cache ({@link CacheOptions#fromEnvironment()}).
     *
     * @throws io.velerojava.repository.content.WrongPasswordException if the password is wrong
     */
    public static Repository open(BlobStorage storage, String password) throws IOException {
        return open(storage, password, CacheOptions.fromEnvironment());
    }

    /**
     * Opens an existing repository, keeping its metadata in the local cache {@code cacheOptions} describes.
     *
     * @throws io.velerojava.repository.content.WrongPasswordException if the password is wrong
     */
    public static Repository open(BlobStorage storage, String password, CacheOptions cacheOptions)
            throws IOException {
        return new Repository(storage, ConfigBlob.read(storage, password), cacheOptions);
    }

    public String repositoryId() {
        return parameters.repositoryId();
    }

    /** Stores a snapshot of the directory {@code source}, labelled with {@code labels}. */
    public SnapshotResult snapshot(Path source, Map<String, String> labels, SnapshotOptions options)
            throws IOException {
        Instant start = clock.instant();
        // The session marker comes first: from then on maintenance keeps whatever this snapshot may reuse.
        try (WriteSession session = WriteSession.start(storage, codec.metadataCipher(), clock);
                ContentWriter contents = new ContentWriter(storage, codec,
                        ContentIndex.load(storage, codec.metadataCipher(), cache), cache,
                        parameters.packTargetSize(), clock)) {
            SnapshotManifest parent = options.parentSnapshotId() == null ? null
                    : manifests.read(options.parentSnapshotId());
            SnapshotCreator creator = new SnapshotCreator(new ObjectWriter(contents, chunker),
                    objectReader(contents.index()), options.parallelFiles(), options.progress());
            SnapshotCreator.Created created = creator.create(source, parent == null ? null : parent.root());
            contents.flush(); // packs, then indexes, then the manifest that refers to them
            Instant end = clock.instant();
            ContentWriter.WriteStats written = contents.stats();
            String id = manifests.write(new SnapshotManifest(source.toString(), labels, start.toString(),
                    end.toString(), options.parentSnapshotId(), created.root(), created.files(),
                    created.directories(), created.symlinks(), created.bytes(), written.newBytes(),
                    created.reusedFiles()));
            return new SnapshotResult(id, created.files(), created.directories(), created.bytes(),
                    written.newBytes(), written.storedBytes(), created.reusedFiles(), Duration.between(start, end),
                    created.warnings());
        }
    }

    /**
     * Restores {@code subPath} of a snapshot ({@code ""} for all of it) into {@code target}, which is created if
     * needed. Nothing is written outside {@code target}.
     */
    public RestoreResult restore(String snapshotId, String subPath, Path target, RestoreOptions options)
            throws IOException {
        Instant start = clock.instant();
        try (WriteSession session = WriteSession.start(storage, codec.metadataCipher(), clock)) {
            SnapshotManifest manifest = manifests.read(snapshotId);
            ContentIndex index = ContentIndex.load(storage, codec.metadataCipher(), cache);
            SnapshotRestorer restorer = new SnapshotRestorer(objectReader(index), options.parallelFiles(),
                    options.existingFiles(), options.ownership(), options.progress());
            SnapshotRestorer.Restored restored = restorer.restore(manifest, subPath, target);
            return new RestoreResult(restored.files(), restored.directories(), restored.symlinks(), restored.bytes(),
                    Duration.between(start, clock.instant()), restored.warnings());
        }
    }

    /** Snapshots whose labels include every entry of {@code labelFilter}, oldest first. */
    public List<SnapshotInfo> listSnapshots(Map<String, String> labelFilter) throws IOException {
        return manifests.readAll().entrySet().stream()
                .filter(entry -> entry.getValue().matches(labelFilter))
                .map(entry -> info(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(SnapshotInfo::startTime).thenComparing(SnapshotInfo::id))
                .toList();
    }

    /** The newest snapshot matching {@code labelFilter}: the natural parent for the next snapshot of a source. */
    public Optional<SnapshotInfo> latestSnapshot(Map<String, String> labelFilter) throws IOException {
        List<SnapshotInfo> snapshots = listSnapshots(labelFilter);
        return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
    }

    /** Forgets a snapshot; its data is freed by a later {@link #maintain}. */
    public void deleteSnapshot(String snapshotId) throws IOException {
        manifests.delete(snapshotId);
    }

    /** Verifies what the storage holds (never the local cache). */
    public CheckResult check(CheckMode mode) throws IOException {
        try (WriteSession session = WriteSession.start(storage, codec.metadataCipher(), clock)) {
            return new RepositoryChecker(storage, codec, new ManifestStore(storage, codec.metadataCipher()))
                    .check(mode);
        }
    }

    /** Frees data no snapshot uses; see {@link MaintenanceOptions} for the safety margins. */
    public MaintenanceResult maintain(MaintenanceOptions options) throws IOException {
        return new Maintainer(storage, codec, manifests, cache, parameters.packTargetSize(), clock).run(options);
    }

    private ObjectReader objectReader(ContentIndex index) {
        return new ObjectReader(new ContentReader(storage, codec, index, cache));
    }

    private static SnapshotInfo info(String id, SnapshotManifest manifest) {
        return new SnapshotInfo(id, manifest.source(), manifest.labels(), Instant.parse(manifest.startTime()),
                Instant.parse(manifest.endTime()), manifest.files(), manifest.bytes(), manifest.parent());
    }

    @Override
    public void close() {
        codec.close();
        cache.close();
    }
}
