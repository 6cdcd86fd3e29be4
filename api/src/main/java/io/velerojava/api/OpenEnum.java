package io.velerojava.api;

/**
 * A string-valued enumeration of the velero.io API (phases, modes, policies) that stays open to values this version
 * does not know.
 *
 * <p>Velero adds phases and modes over time. Reading an object written by a newer Velero must neither fail nor
 * replace the value, because a later write would then corrupt it. So every such field keeps the exact string, and
 * {@link #isKnown()} tells whether this version understands it. Validation reports unknown values in specs; the
 * server leaves objects whose status phase it does not know alone.
 */
public interface OpenEnum {

    /** The exact string on the wire. */
    String value();

    /** Whether this version of velero-java knows the value. */
    boolean isKnown();
}
