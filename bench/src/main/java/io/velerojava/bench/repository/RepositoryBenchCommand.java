package io.velerojava.bench.repository;

import io.velerojava.repository.Repository;
import io.velerojava.repository.RepositoryOptions;
import io.velerojava.repository.RestoreOptions;
import io.velerojava.repository.RestoreResult;
import io.velerojava.repository.SnapshotInfo;
import io.velerojava.repository.SnapshotOptions;
import io.velerojava.repository.SnapshotResult;
import io.velerojava.repository.blob.BlobInfo;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The repository as a command-line tool, one process per step like kopia and restic, for
 * {@code bench/repository/compare.sh}. The password comes from {@code VELERO_REPOSITORY_PASSWORD}.
 *
 * <pre>
 * RepositoryBenchCommand &lt;target&gt; create
 * RepositoryBenchCommand &lt;target&gt; snapshot &lt;source dir&gt;   (parent: the latest snapshot of the same source)
 * RepositoryBenchCommand &lt;target&gt; restore &lt;target dir&gt;    (the latest snapshot)
 * RepositoryBenchCommand &lt;target&gt; stored-bytes            (total size of all blobs; works for any tool's repository)
 * RepositoryBenchCommand &lt;target&gt; delete-all              (deletes every blob; cleans any tool's repository)
 * </pre>
 *
 * where {@code <target>} is {@code dir:<path>} or {@code s3:<key prefix>/} (see {@link RepositoryTarget}).
 */
public final class RepositoryBenchCommand {

    private static final String SOURCE_LABEL = "source";

    private enum Action { CREATE, SNAPSHOT, RESTORE, STORED_BYTES, DELETE_ALL }

    private RepositoryBenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: RepositoryBenchCommand <dir:path|s3:prefix/> "
                    + "create|snapshot <source>|restore <target>|stored-bytes|delete-all");
        }
        Action action = Action.valueOf(args[1].toUpperCase(Locale.ROOT).replace('-', '_'));
        try (RepositoryTarget.Opened target = RepositoryTarget.parse(args[0]).open()) {
            switch (action) {
                case CREATE -> Repository.create(target.storage(), password(), RepositoryOptions.DEFAULT).close();
                case SNAPSHOT -> snapshot(target, Path.of(args[2]).toAbsolutePath());
                case RESTORE -> restore(target, Path.of(args[2]));
                case STORED_BYTES -> System.out.println(
                        target.storage().list("").stream().mapToLong(BlobInfo::length).sum());
                case DELETE_ALL -> {
                    for (BlobInfo blob : target.storage().list("")) {
                        target.storage().delete(blob.name());
                    }
                }
            }
        }
    }

    private static void snapshot(RepositoryTarget.Opened target, Path source) throws Exception {
        Map<String, String> labels = Map.of(SOURCE_LABEL, source.toString());
        try (Repository repository = Repository.open(target.storage(), password())) {
            SnapshotOptions options = repository.latestSnapshot(labels)
                    .map(parent -> SnapshotOptions.DEFAULT.withParent(parent.id()))
                    .orElse(SnapshotOptions.DEFAULT);
            SnapshotResult result = repository.snapshot(source, labels, options);
            System.out.printf("snapshot %s: %d files, %d bytes, %d new bytes, %d stored, %d files reused, %s%n",
                    result.snapshotId(), result.files(), result.bytes(), result.newBytes(), result.storedBytes(),
                    result.reusedFiles(), result.duration());
        }
    }

    private static void restore(RepositoryTarget.Opened target, Path destination) throws Exception {
        try (Repository repository = Repository.open(target.storage(), password())) {
            SnapshotInfo latest = repository.latestSnapshot(Map.of())
                    .orElseThrow(() -> new IllegalStateException("the repository holds no snapshot"));
            RestoreResult result = repository.restore(latest.id(), "", destination, RestoreOptions.DEFAULT);
            System.out.printf("restored %s: %d files, %d bytes, %s, %d warnings%n", latest.id(), result.files(),
                    result.bytes(), result.duration(), result.warnings().size());
        }
    }

    private static String password() {
        String password = System.getenv("VELERO_REPOSITORY_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("set VELERO_REPOSITORY_PASSWORD to the repository password");
        }
        return password;
    }
}
