package io.velerojava.engine.restore;

/** What a restore did with one item, as written in the restore's resource list. */
public enum ItemAction {
    CREATED("created"),
    UPDATED("updated"),
    FAILED("failed"),
    /** The item already existed (equal, or different under the {@code none} policy) and was left as it was. */
    SKIPPED("skipped");

    private final String value;

    ItemAction(String value) {
        this.value = value;
    }

    /** The word in parentheses after the item's name in the resource list. */
    public String value() {
        return value;
    }
}
