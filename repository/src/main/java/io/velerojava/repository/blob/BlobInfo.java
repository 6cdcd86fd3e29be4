package io.velerojava.repository.blob;

/** A listed blob: its name and its length in bytes. */
public record BlobInfo(String name, long length) {
}
