package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;

/** Best-effort item counts of a running restore. */
public class RestoreProgress extends ForwardCompatible {

    @JsonProperty("totalItems")
    private Integer totalItems;

    @JsonProperty("itemsRestored")
    private Integer itemsRestored;

    public Integer getTotalItems() {
        return totalItems;
    }

    public void setTotalItems(Integer totalItems) {
        this.totalItems = totalItems;
    }

    public Integer getItemsRestored() {
        return itemsRestored;
    }

    public void setItemsRestored(Integer itemsRestored) {
        this.itemsRestored = itemsRestored;
    }
}
