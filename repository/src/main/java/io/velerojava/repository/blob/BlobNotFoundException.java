package io.velerojava.repository.blob;

import java.io.IOException;

/** The named blob does not exist (it was never written or has been deleted). */
public class BlobNotFoundException extends IOException {

    private final String blobName;

    public BlobNotFoundException(String blobName) {
        super("blob '" + blobName + "' does not exist");
        this.blobName = blobName;
    }

    public String blobName() {
        return blobName;
    }
}
