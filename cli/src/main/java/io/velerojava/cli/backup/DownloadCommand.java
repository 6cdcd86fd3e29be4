package io.velerojava.cli.backup;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.DownloadTargetKind;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.GoDurationConverter;
import io.velerojava.cli.download.DownloadRequests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code velero backup download NAME [-o FILE] [--force]}: saves the backup's tarball, fetched through a
 * DownloadRequest, as {@code <NAME>-data.tar.gz}. The file appears only once it is complete, so an interrupted
 * download never leaves a truncated tarball behind (nor replaces a good one).
 */
@Command(name = "download", description = "Download all Kubernetes manifests for a backup")
public final class DownloadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Name of the backup")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Path to output file. Defaults to <NAME>-data.tar.gz in the current directory")
    Path output;

    @Option(names = "--force", description = "Forces the download and will overwrite file if it exists already")
    boolean force;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = GoDurationConverter.class,
            description = "Maximum time to wait to process download request (default: ${DEFAULT-VALUE})",
            defaultValue = "1m")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        Path target = (output == null ? Path.of(name + "-data.tar.gz") : output).toAbsolutePath();
        if (Files.exists(target) && !force) {
            throw new IllegalArgumentException("file '" + target + "' already exists, use --force to overwrite");
        }
        try (CliContext cli = CliContext.of(spec)) {
            Backup backup = Backups.get(cli, name);
            if (!Backups.finished(backup)) {
                throw new IllegalStateException("backup \"" + name + "\" has no contents to download until it has"
                        + " finished (phase " + Backups.phase(backup).value() + ")");
            }
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            try (InputStream contents = new DownloadRequests(cli.client(), cli.namespace())
                    .open(DownloadTargetKind.BACKUP_CONTENTS, name, timeout)) {
                Files.copy(contents, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            cli.out().println("Backup " + name + " has been successfully downloaded to " + target);
            cli.out().flush();
            return 0;
        }
    }
}
