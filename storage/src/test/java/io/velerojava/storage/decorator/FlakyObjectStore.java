package io.velerojava.storage.decorator;

import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.TransientStorageException;
import java.util.function.Supplier;

/** Fails the first {@code failures} calls with a transient error, then behaves like the wrapped store. */
final class FlakyObjectStore extends ObjectStoreDecorator {

    private int failuresLeft;
    int calls;

    FlakyObjectStore(ObjectStore delegate, int failures) {
        super(delegate);
        this.failuresLeft = failures;
    }

    @Override
    protected <T> T around(ObjectStoreOperation operation, String target, Supplier<T> call) {
        calls++;
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new TransientStorageException("injected failure of " + operation.tagValue() + " " + target, null);
        }
        return call.get();
    }
}
