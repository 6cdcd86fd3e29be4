package io.velerojava.cli.restore;

import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.cli.CliContext;

/** Looks up Restores for the commands, with the error Velero prints for a missing one. */
final class Restores {

    private Restores() {
    }

    static Restore get(CliContext cli, String name) {
        Restore restore = cli.client().resources(Restore.class).inNamespace(cli.namespace()).withName(name).get();
        if (restore == null) {
            throw new IllegalArgumentException("restores.velero.io \"" + name + "\" not found in namespace "
                    + cli.namespace());
        }
        return restore;
    }

    static String phase(Restore restore) {
        return restore.getStatus() == null || restore.getStatus().getPhase() == null
                ? RestorePhase.NEW.value() : restore.getStatus().getPhase().value();
    }
}
