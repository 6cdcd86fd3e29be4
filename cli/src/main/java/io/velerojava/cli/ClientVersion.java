package io.velerojava.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of this build, from the jar manifest ({@code dev} when run from classes). */
public final class ClientVersion implements IVersionProvider {

    public static String version() {
        String version = ClientVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"velero-java " + version()};
    }
}
