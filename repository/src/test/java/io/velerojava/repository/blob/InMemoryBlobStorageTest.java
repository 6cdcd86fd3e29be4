package io.velerojava.repository.blob;

class InMemoryBlobStorageTest extends BlobStorageContract {

    @Override
    protected BlobStorage storage() {
        return new InMemoryBlobStorage();
    }
}
