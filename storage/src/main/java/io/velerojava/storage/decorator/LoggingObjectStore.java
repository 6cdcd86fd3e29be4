package io.velerojava.storage.decorator;

import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStore;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each operation at debug level and each failure at warn level (a missing key at debug, since callers often
 * probe). Lines name the location, operation, key and duration; they never carry credentials or object data.
 */
public final class LoggingObjectStore extends ObjectStoreDecorator {

    private static final Logger log = LoggerFactory.getLogger(LoggingObjectStore.class);

    private final String location;

    /** @param location the backup storage location's name */
    public LoggingObjectStore(ObjectStore delegate, String location) {
        super(delegate);
        this.location = location;
    }

    @Override
    protected <T> T around(ObjectStoreOperation operation, String target, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            T result = call.get();
            log.debug("location {}: {} {} took {} ms", location, operation.tagValue(), target, millisSince(start));
            return result;
        } catch (ObjectNotFoundException e) {
            log.debug("location {}: {} {}: not found", location, operation.tagValue(), target);
            throw e;
        } catch (RuntimeException e) {
            log.warn("location {}: {} {} failed after {} ms: {}", location, operation.tagValue(), target,
                    millisSince(start), e.getMessage());
            throw e;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
