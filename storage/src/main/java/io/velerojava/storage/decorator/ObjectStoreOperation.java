package io.velerojava.storage.decorator;

/** The operations of an {@link io.velerojava.storage.ObjectStore}, as decorators name them in logs and metrics. */
public enum ObjectStoreOperation {
    PUT("put"),
    EXISTS("exists"),
    GET("get"),
    GET_RANGE("get_range"),
    LIST_COMMON_PREFIXES("list_common_prefixes"),
    LIST("list"),
    DELETE("delete"),
    SIGN_URL("sign_url");

    private final String tagValue;

    ObjectStoreOperation(String tagValue) {
        this.tagValue = tagValue;
    }

    /** The lower-case name used as a metric tag and in log lines. */
    public String tagValue() {
        return tagValue;
    }
}
