package io.velerojava.storage.aws;

import io.velerojava.storage.ObjectStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Uploads a stream as an S3 multipart upload, {@code parallelism} parts at a time; memory stays at most
 * {@code (parallelism + 1) * chunkSize}. The object appears only when the upload completes; any failure aborts the
 * upload, so no part is ever visible.
 */
final class MultipartUploader {

    private static final int MAX_PARTS = 10_000;

    private final S3Client s3;
    private final ExecutorService workers;
    private final S3FailureTranslator failures;
    private final int chunkSize;
    private final int parallelism;

    MultipartUploader(S3Client s3, ExecutorService workers, S3FailureTranslator failures, int chunkSize,
                      int parallelism) {
        this.s3 = s3;
        this.workers = workers;
        this.failures = failures;
        this.chunkSize = chunkSize;
        this.parallelism = parallelism;
    }

    /**
     * @param create     the CreateMultipartUpload request (bucket, key, encryption, checksum algorithm, tagging)
     * @param firstChunk the first {@code chunkSize} bytes, already read from {@code rest}
     * @param partTemplate applies the checksum algorithm (and any other per-part setting) to each UploadPart
     */
    void upload(CreateMultipartUploadRequest create, byte[] firstChunk, InputStream rest,
                UnaryOperator<UploadPartRequest.Builder> partTemplate) {
        String action = "cannot upload s3://" + create.bucket() + "/" + create.key();
        String uploadId;
        try {
            uploadId = s3.createMultipartUpload(create).uploadId();
        } catch (SdkException e) {
            throw failures.translate(action, e);
        }
        try {
            List<CompletedPart> parts = uploadParts(create, uploadId, firstChunk, rest, partTemplate, action);
            s3.completeMultipartUpload(b -> b.bucket(create.bucket()).key(create.key()).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (SdkException e) {
            abort(create, uploadId);
            throw failures.translate(action, e);
        } catch (RuntimeException e) {
            abort(create, uploadId);
            throw e;
        }
    }

    private List<CompletedPart> uploadParts(CreateMultipartUploadRequest create, String uploadId, byte[] firstChunk,
                                            InputStream rest,
                                            UnaryOperator<UploadPartRequest.Builder> partTemplate,
                                            String action) {
        Semaphore inFlight = new Semaphore(parallelism);
        List<Future<CompletedPart>> pending = new ArrayList<>();
        try {
            byte[] chunk = firstChunk;
            for (int partNumber = 1; chunk.length > 0; partNumber++) {
                if (partNumber > MAX_PARTS) {
                    throw new ObjectStoreException(action + ": the object needs more than " + MAX_PARTS + " parts of "
                            + chunkSize + " bytes; raise the location's multiPartChunkSize");
                }
                inFlight.acquire();
                byte[] body = chunk;
                int number = partNumber;
                pending.add(workers.submit(() -> {
                    try {
                        UploadPartResponse response = s3.uploadPart(partTemplate.apply(
                                        UploadPartRequest.builder()
                                                .bucket(create.bucket()).key(create.key()).uploadId(uploadId)
                                                .partNumber(number).contentLength((long) body.length))
                                .build(), RequestBodies.inMemory(body));
                        return CompletedPart.builder().partNumber(number).eTag(response.eTag())
                                .checksumCRC32(response.checksumCRC32()).checksumCRC32C(response.checksumCRC32C())
                                .checksumSHA1(response.checksumSHA1()).checksumSHA256(response.checksumSHA256())
                                .checksumCRC64NVME(response.checksumCRC64NVME())
                                .build();
                    } finally {
                        inFlight.release();
                    }
                }));
                failFastOnCompletedFailure(pending);
                chunk = rest.readNBytes(chunkSize);
            }
            List<CompletedPart> parts = new ArrayList<>();
            for (Future<CompletedPart> part : pending) {
                parts.add(part.get());
            }
            parts.sort(Comparator.comparing(CompletedPart::partNumber));
            return parts;
        } catch (IOException e) {
            throw new ObjectStoreException(action + ": reading the data failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ObjectStoreException(action + ": interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(action, e);
        } finally {
            pending.forEach(future -> future.cancel(true));
        }
    }

    /** Stops reading the source as soon as a part has failed, instead of after the whole stream. */
    private void failFastOnCompletedFailure(List<Future<CompletedPart>> pending)
            throws ExecutionException, InterruptedException {
        for (Future<CompletedPart> future : pending) {
            if (future.isDone()) {
                future.get();
            }
        }
    }

    private RuntimeException unwrap(String action, ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof SdkException sdk) {
            return failures.translate(action, sdk);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new ObjectStoreException(action + ": " + cause.getMessage(), cause);
    }

    private void abort(CreateMultipartUploadRequest create, String uploadId) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(create.bucket()).key(create.key()).uploadId(uploadId));
        } catch (SdkException e) {
            // The bucket's lifecycle rule for incomplete uploads removes the parts; nothing is visible either way.
        }
    }
}
