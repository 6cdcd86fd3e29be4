package io.velerojava.cli.backup;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.DownloadTargetKind;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.GoDurationConverter;
import io.velerojava.cli.download.DownloadRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero backup logs BACKUP}: prints the backup's log, fetched through a DownloadRequest and gunzipped. */
@Command(name = "logs", description = "Get backup logs")
public final class LogsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "BACKUP", description = "Name of the backup")
    String name;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = GoDurationConverter.class,
            description = "How long to wait to receive logs (default: ${DEFAULT-VALUE})", defaultValue = "1m")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        try (CliContext cli = CliContext.of(spec)) {
            Backup backup = Backups.get(cli, name);
            if (!Backups.finished(backup)) {
                throw new IllegalStateException("logs for backup \"" + name + "\" are not available until it's"
                        + " finished processing (phase " + Backups.phase(backup).value() + "); please wait until it"
                        + " has completed or failed and try again");
            }
            try (InputStream log = new DownloadRequests(cli.client(), cli.namespace())
                    .openGunzipped(DownloadTargetKind.BACKUP_LOG, name, timeout);
                 Reader reader = new InputStreamReader(log, StandardCharsets.UTF_8)) {
                reader.transferTo(cli.out());
            }
            cli.out().flush();
            return 0;
        }
    }
}
