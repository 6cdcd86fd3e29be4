package io.velerojava.storage.aws;

import io.velerojava.storage.LocationConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.utils.AttributeMap;

/** Builds the SDK clients of one location: credentials, TLS, endpoint, region, checksums. */
final class S3ClientFactory {

    /** Region used to talk to an S3-compatible server that has no regions (MinIO, Ceph). */
    private static final Region ENDPOINT_DEFAULT_REGION = Region.US_EAST_1;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

    private final LocationConfig location;
    private final S3LocationOptions options;
    private final AwsCredentialsProvider credentials;

    S3ClientFactory(LocationConfig location, S3LocationOptions options) {
        this.location = location;
        this.options = options;
        this.credentials = credentialsProvider(location, options.profile());
    }

    S3Client client() {
        var builder = S3Client.builder()
                .httpClient(httpClient())
                .credentialsProvider(credentials)
                .forcePathStyle(options.forcePathStyle())
                .requestChecksumCalculation(options.checksumAlgorithm().isPresent()
                        ? RequestChecksumCalculation.WHEN_SUPPORTED
                        : RequestChecksumCalculation.WHEN_REQUIRED);
        options.s3Url().ifPresent(builder::endpointOverride);
        Optional<Region> region = options.region().map(Region::of);
        if (region.isPresent()) {
            builder.region(region.get());
        } else if (options.s3Url().isPresent()) {
            builder.region(ENDPOINT_DEFAULT_REGION);
        } else {
            // Velero looks the bucket's region up; the SDK follows the region redirect of AWS itself.
            builder.region(ENDPOINT_DEFAULT_REGION).crossRegionAccessEnabled(true);
        }
        return builder.build();
    }

    /**
     * The presigner, against {@code publicUrl} when set so that URLs work from outside the cluster.
     *
     * @param bucketRegion the region to sign for
     */
    S3Presigner presigner(Region bucketRegion) {
        var builder = S3Presigner.builder()
                .credentialsProvider(credentials)
                .region(bucketRegion)
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(options.forcePathStyle())
                        .build());
        options.publicUrl().or(options::s3Url).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The configured region, or the one of an S3-compatible endpoint; empty when it has to be looked up. */
    Optional<Region> knownRegion() {
        return options.region().map(Region::of)
                .or(() -> options.s3Url().map(url -> ENDPOINT_DEFAULT_REGION));
    }

    private SdkHttpClient httpClient() {
        var builder = ApacheHttpClient.builder()
                .maxConnections(Math.max(50, options.uploadParallelism() * 4))
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT);
        location.caCert().ifPresent(pem -> builder.tlsTrustManagersProvider(() -> trustManagers(pem)));
        if (options.insecureSkipTlsVerify()) {
            return builder.buildWithDefaults(AttributeMap.builder()
                    .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, true)
                    .build());
        }
        return builder.build();
    }

    /** Trusts exactly the certificates of the location's CA bundle, as Velero does with {@code caCert}. */
    private static TrustManager[] trustManagers(byte[] pem) {
        try {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem));
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("the location's CA bundle holds no PEM certificate");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("the location's CA bundle cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The credential Secret's content is an AWS shared-credentials file; without one, the SDK's default chain
     * (environment, web identity, container and instance roles, ~/.aws) applies.
     */
    private static AwsCredentialsProvider credentialsProvider(LocationConfig location, String profile) {
        if (location.credential().isEmpty()) {
            return DefaultCredentialsProvider.builder().profileName(profile).build();
        }
        ProfileFile file = ProfileFile.builder()
                .content(new ByteArrayInputStream(location.credential().get()))
                .type(ProfileFile.Type.CREDENTIALS)
                .build();
        if (file.profile(profile).isEmpty()) {
            throw new IllegalArgumentException("the credential of the S3 location for bucket " + location.bucket()
                    + " has no profile [" + profile + "]; it has " + file.profiles().keySet()
                    + " (set config key profile, or check that the Secret key holds an AWS credentials file)");
        }
        return ProfileCredentialsProvider.builder().profileFile(file).profileName(profile).build();
    }
}
