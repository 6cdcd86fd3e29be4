package io.velerojava.cli.backup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.DownloadTargetKind;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.LabelSelectorConverter;
import io.velerojava.cli.backup.BackupDescription.BucketFiles;
import io.velerojava.cli.backup.BackupDescription.Fetched;
import io.velerojava.cli.download.DownloadRequests;
import io.velerojava.engine.restore.ScopedMessages;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code velero backup describe [NAMES] [--details]}: each backup in Velero's describe layout; the results and,
 * with {@code --details}, the resource list come from the storage location through DownloadRequests.
 */
@Command(name = "describe", description = "Describe backups")
public final class DescribeCommand implements Callable<Integer> {

    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAMES", description = "Backups to describe (default: all)")
    List<String> names = List.of();

    @Option(names = {"-l", "--selector"}, converter = LabelSelectorConverter.class, paramLabel = "SELECTOR",
            description = "Only show items matching this label selector")
    LabelSelector selector;

    @Option(names = "--details", description = "Display additional detail in the command output (the backed-up"
            + " resources)")
    boolean details;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            List<Backup> backups = names.isEmpty() ? list(cli) : names.stream().map(n -> Backups.get(cli, n)).toList();
            DownloadRequests downloads = new DownloadRequests(cli.client(), cli.namespace());
            boolean first = true;
            for (Backup backup : backups) {
                if (!first) {
                    cli.out().println();
                }
                first = false;
                BucketFiles files = new BucketFiles(results(downloads, backup), resourceList(downloads, backup));
                cli.out().print(BackupDescription.render(backup, files, details, ZoneId.systemDefault()));
                cli.out().flush();
            }
            return 0;
        }
    }

    private Fetched<Map<String, ScopedMessages>> results(DownloadRequests downloads, Backup backup) {
        boolean anyMessages = backup.getStatus() != null && (positive(backup.getStatus().getErrors())
                || positive(backup.getStatus().getWarnings()));
        if (!anyMessages || !Backups.finished(backup)) {
            return Fetched.notFetched();
        }
        return fetch(downloads, DownloadTargetKind.BACKUP_RESULTS, backup,
                new TypeReference<Map<String, ResultJson>>() {
                }).map(file -> {
                    Map<String, ScopedMessages> results = new TreeMap<>();
                    file.forEach((severity, result) -> results.put(severity, result.messages()));
                    return results;
                });
    }

    private Fetched<SortedMap<String, List<String>>> resourceList(DownloadRequests downloads, Backup backup) {
        if (!details) {
            return Fetched.notFetched();
        }
        if (!Backups.finished(backup)) {
            return Fetched.failed("the backup has not finished (phase " + Backups.phase(backup).value() + ")");
        }
        return fetch(downloads, DownloadTargetKind.BACKUP_RESOURCE_LIST, backup,
                new TypeReference<Map<String, List<String>>>() {
                }).<SortedMap<String, List<String>>>map(TreeMap::new);
    }

    private static <T> Fetched<T> fetch(DownloadRequests downloads, DownloadTargetKind kind, Backup backup,
            TypeReference<T> type) {
        try (InputStream in = downloads.openGunzipped(kind, backup.getMetadata().getName(), DOWNLOAD_TIMEOUT)) {
            return Fetched.of(JSON.readValue(in, type));
        } catch (IOException | RuntimeException e) {
            return Fetched.failed(e.getMessage());
        }
    }

    private List<Backup> list(CliContext cli) {
        var backups = cli.client().resources(Backup.class).inNamespace(cli.namespace());
        List<Backup> items = selector == null ? backups.list().getItems()
                : backups.withLabelSelector(selector).list().getItems();
        return items.stream().sorted(Comparator.comparing(backup -> backup.getMetadata().getName())).toList();
    }

    private static boolean positive(Integer count) {
        return count != null && count > 0;
    }

    /** One severity of Velero's results file; missing groups are empty. */
    private record ResultJson(List<String> velero, List<String> cluster, Map<String, List<String>> namespaces) {

        ScopedMessages messages() {
            return new ScopedMessages(velero == null ? List.of() : velero, cluster == null ? List.of() : cluster,
                    namespaces == null ? new TreeMap<>() : new TreeMap<>(namespaces));
        }
    }
}
