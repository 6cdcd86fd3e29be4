package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link ServerStatusRequest}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record ServerStatusRequestPhase(String value) implements OpenEnum {

    public static final ServerStatusRequestPhase NEW = new ServerStatusRequestPhase("New");
    public static final ServerStatusRequestPhase PROCESSED = new ServerStatusRequestPhase("Processed");

    /** Every value this version knows, in Velero's order. */
    public static final List<ServerStatusRequestPhase> KNOWN = List.of(NEW, PROCESSED);

    public ServerStatusRequestPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ServerStatusRequestPhase of(String value) {
        return new ServerStatusRequestPhase(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
