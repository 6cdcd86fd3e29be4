package io.velerojava.api;

/** Finalizers Velero puts on its objects. */
public final class VeleroFinalizers {

    /** On every Restore: its files in object storage are deleted before the Restore goes away. */
    public static final String RESTORE_EXTERNAL_RESOURCES = "restores.velero.io/external-resources-finalizer";

    private VeleroFinalizers() {
    }
}
