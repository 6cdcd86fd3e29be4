package io.velerojava.engine.restore.pipeline;

import io.velerojava.engine.restore.RestoreLog;
import io.velerojava.engine.restore.RestoreResults;
import io.velerojava.engine.restore.RestoredResourceList;
import io.velerojava.engine.restore.ScopedMessagesCollector;
import java.util.Optional;

/** Everything one restore run writes down: its log, warnings, errors and the resource list. */
public record RestoreRecord(RestoreLog log, ScopedMessagesCollector warnings, ScopedMessagesCollector errors,
                            RestoredResourceList.Builder resources) {

    public static RestoreRecord start(RestoreLog log) {
        return new RestoreRecord(log, new ScopedMessagesCollector(), new ScopedMessagesCollector(),
                new RestoredResourceList.Builder());
    }

    /** A warning about an item, filed under its target namespace or under cluster-scoped items. */
    public void warning(Optional<String> namespace, String message) {
        log.warning(message);
        warnings.addForItem(namespace, message);
    }

    /** An error about an item, filed under its target namespace or under cluster-scoped items. */
    public void error(Optional<String> namespace, String message) {
        log.error(message);
        errors.addForItem(namespace, message);
    }

    /** An error of the restore as a whole. */
    public void veleroError(String message) {
        log.error(message);
        errors.addVelero(message);
    }

    public RestoreResults results() {
        return new RestoreResults(warnings.snapshot(), errors.snapshot());
    }
}
