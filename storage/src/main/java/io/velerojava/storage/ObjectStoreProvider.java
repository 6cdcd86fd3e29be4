package io.velerojava.storage;

/**
 * Opens object stores of one kind; found through {@link java.util.ServiceLoader} so the server picks a provider by
 * the BSL's {@code spec.provider} without depending on the cloud modules at compile time. Implementations have a
 * public no-argument constructor and are listed in {@code META-INF/services/io.velerojava.storage.ObjectStoreProvider}.
 */
public interface ObjectStoreProvider {

    /** The canonical provider name, with its group: {@code velero.io/aws}. */
    String name();

    /**
     * Opens the location's bucket. Implementations check the config keys and credentials here and fail with an
     * {@link IllegalArgumentException} naming the problem; they do not contact the server.
     */
    ObjectStore open(LocationConfig location);
}
