package io.velerojava.nodeagent.volume;

/** A pod volume cannot be backed up or restored on this node; the message says why. */
public final class VolumeUnavailableException extends Exception {

    public VolumeUnavailableException(String message) {
        super(message);
    }
}
