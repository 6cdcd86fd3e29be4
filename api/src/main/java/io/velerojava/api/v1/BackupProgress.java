package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;

/** Best-effort item counts of a running backup. */
public class BackupProgress extends ForwardCompatible {

    @JsonProperty("totalItems")
    private Integer totalItems;

    @JsonProperty("itemsBackedUp")
    private Integer itemsBackedUp;

    public Integer getTotalItems() {
        return totalItems;
    }

    public void setTotalItems(Integer totalItems) {
        this.totalItems = totalItems;
    }

    public Integer getItemsBackedUp() {
        return itemsBackedUp;
    }

    public void setItemsBackedUp(Integer itemsBackedUp) {
        this.itemsBackedUp = itemsBackedUp;
    }
}
