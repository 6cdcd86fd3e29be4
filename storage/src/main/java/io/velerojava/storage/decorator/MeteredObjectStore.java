package io.velerojava.storage.decorator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStore;
import java.util.function.Supplier;

/**
 * Times every operation in the timer {@value #TIMER_NAME}, tagged with the location, the operation and the outcome
 * ({@code success}, {@code not_found}, {@code error}). For {@code get} the time is that of opening the object.
 */
public final class MeteredObjectStore extends ObjectStoreDecorator {

    public static final String TIMER_NAME = "velero.object_store.operations";

    private final MeterRegistry registry;
    private final String location;

    /** @param location the backup storage location's name, for the {@code location} tag */
    public MeteredObjectStore(ObjectStore delegate, MeterRegistry registry, String location) {
        super(delegate);
        this.registry = registry;
        this.location = location;
    }

    @Override
    protected <T> T around(ObjectStoreOperation operation, String target, Supplier<T> call) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            T result = call.get();
            outcome = "success";
            return result;
        } catch (ObjectNotFoundException e) {
            outcome = "not_found";
            throw e;
        } finally {
            sample.stop(Timer.builder(TIMER_NAME)
                    .description("object store operations by location, operation and outcome")
                    .tag("location", location)
                    .tag("operation", operation.tagValue())
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }
}
