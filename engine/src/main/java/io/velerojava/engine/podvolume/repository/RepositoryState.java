package io.velerojava.engine.podvolume.repository;

/** What {@link VolumeRepositories#ensure} found under the location's repository prefix. */
public enum RepositoryState {
    /** No repository was there; an empty one has been created. */
    CREATED,
    /** A repository was there and opens with the password. */
    EXISTING
}
