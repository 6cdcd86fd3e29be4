package io.velerojava.engine.restore;

/** How many exec hooks of a restore were attempted and how many of them failed ({@code status.hookStatus}). */
public record HookCounts(int attempted, int failed) {

    public static final HookCounts NONE = new HookCounts(0, 0);
}
