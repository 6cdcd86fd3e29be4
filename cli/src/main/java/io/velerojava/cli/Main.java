package io.velerojava.cli;

/** The entry point of {@code velero.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(VeleroCommand.commandLine().execute(args));
    }
}
