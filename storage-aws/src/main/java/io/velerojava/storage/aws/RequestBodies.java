package io.velerojava.storage.aws;

import java.io.ByteArrayInputStream;
import software.amazon.awssdk.core.sync.RequestBody;

/** Request bodies that send an array the uploader already holds, without the copy {@code RequestBody.fromBytes} makes. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The SDK opens a fresh stream over {@code body} for each attempt, so retries resend it; it is never copied. */
    static RequestBody inMemory(byte[] body) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(body), body.length,
                "application/octet-stream");
    }
}
