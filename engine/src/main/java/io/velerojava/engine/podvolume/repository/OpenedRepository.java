package io.velerojava.engine.podvolume.repository;

import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.repository.Repository;

/** A repository opened on a location's bucket; closing it releases both. */
public record OpenedRepository(Repository repository, OpenedBackupStore store) implements AutoCloseable {

    @Override
    public void close() {
        try {
            repository.close();
        } finally {
            store.close();
        }
    }
}
