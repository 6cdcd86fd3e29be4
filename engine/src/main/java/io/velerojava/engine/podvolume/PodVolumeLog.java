package io.velerojava.engine.podvolume;

/**
 * Where pod volume backups and restores report to the log and results of the backup or restore they belong to;
 * warnings and errors count against the namespace of the pod.
 */
public interface PodVolumeLog {

    void info(String message);

    void warning(String namespace, String message);

    void error(String namespace, String message);
}
