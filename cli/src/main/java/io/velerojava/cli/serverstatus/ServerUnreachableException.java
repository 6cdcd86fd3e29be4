package io.velerojava.cli.serverstatus;

/** No velero server answered a ServerStatusRequest in time. */
public final class ServerUnreachableException extends RuntimeException {

    public ServerUnreachableException(String message) {
        super(message);
    }
}
