package io.velerojava.engine.restore.pipeline;

import io.velerojava.engine.restore.ItemAction;
import java.util.Optional;

/**
 * What writing one item to the cluster did, with the message for the restore's results if any.
 *
 * @param warning something the user should look at, the item is as good as restored
 * @param error   the item could not be restored
 */
public record ItemWriteResult(ItemAction action, Optional<String> warning, Optional<String> error) {

    public static ItemWriteResult of(ItemAction action) {
        return new ItemWriteResult(action, Optional.empty(), Optional.empty());
    }

    public static ItemWriteResult withWarning(ItemAction action, String warning) {
        return new ItemWriteResult(action, Optional.of(warning), Optional.empty());
    }

    public static ItemWriteResult failed(String error) {
        return new ItemWriteResult(ItemAction.FAILED, Optional.empty(), Optional.of(error));
    }
}
