package io.velerojava.cli.confirm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Velero's "Are you sure you want to continue (Y/N)?" before destructive commands without {@code --confirm}. */
public final class Confirmation {

    private Confirmation() {
    }

    /** True if the user answered yes; an empty or closed input is a no. */
    public static boolean ask(PrintWriter out, InputStream in) {
        out.print("Are you sure you want to continue (Y/N)? ");
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the confirmation", e);
        }
    }
}
