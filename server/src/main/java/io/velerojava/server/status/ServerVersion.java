package io.velerojava.server.status;

/** The version of this server build, from the jar manifest ({@code dev} when run from classes). */
public final class ServerVersion {

    private ServerVersion() {
    }

    public static String current() {
        String version = ServerVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
