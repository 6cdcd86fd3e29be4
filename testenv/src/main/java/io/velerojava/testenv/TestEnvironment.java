package io.velerojava.testenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Coordinates of the local control plane and object stores started by {@code testenv/cluster.sh}.
 *
 * <p>Attaches to a running environment named by {@code VELERO_TESTENV_FILE} (what {@code make test} does) or
 * found at the default run directory; otherwise starts one for this JVM and stops it when the JVM exits.
 */
public final class TestEnvironment {

    private static TestEnvironment instance;

    private final Map<String, String> values;

    private TestEnvironment(Map<String, String> values) {
        this.values = values;
    }

    /** The environment of this JVM, started on first use. */
    public static synchronized TestEnvironment get() {
        if (instance == null) {
            instance = new TestEnvironment(parse(locateOrStart()));
        }
        return instance;
    }

    public Path kubeconfig() {
        return Path.of(require("KUBECONFIG"));
    }

    public Path kubectl() {
        return Path.of(require("KUBECTL"));
    }

    public URI s3Endpoint() {
        return URI.create(require("S3_ENDPOINT"));
    }

    public String s3AccessKey() {
        return require("S3_ACCESS_KEY");
    }

    public String s3SecretKey() {
        return require("S3_SECRET_KEY");
    }

    public String s3Bucket() {
        return require("S3_BUCKET");
    }

    public URI gcsEndpoint() {
        return URI.create(require("GCS_ENDPOINT"));
    }

    public URI azureBlobEndpoint() {
        return URI.create(require("AZURE_BLOB_ENDPOINT"));
    }

    public String azureAccountName() {
        return require("AZURE_ACCOUNT_NAME");
    }

    public String azureAccountKey() {
        return require("AZURE_ACCOUNT_KEY");
    }

    private String require(String key) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("test environment file has no " + key + "; rerun testenv/cluster.sh up");
        }
        return value;
    }

    private static Path locateOrStart() {
        Optional<Path> named = Optional.ofNullable(System.getenv("VELERO_TESTENV_FILE"))
                .filter(s -> !s.isBlank())
                .map(Path::of);
        if (named.isPresent()) {
            if (!Files.isRegularFile(named.get())) {
                throw new IllegalStateException("VELERO_TESTENV_FILE names " + named.get()
                        + ", which does not exist; run testenv/cluster.sh up");
            }
            return named.get();
        }
        return ClusterScript.locate().ensureUp();
    }

    /** Parses the {@code export KEY='value'} lines that cluster.sh writes; PATH is left to the shell. */
    static Map<String, String> parse(Path envFile) {
        Map<String, String> result = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(envFile)) {
                String trimmed = line.strip();
                if (!trimmed.startsWith("export ")) {
                    continue;
                }
                String assignment = trimmed.substring("export ".length());
                int eq = assignment.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String value = assignment.substring(eq + 1);
                if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                    result.put(assignment.substring(0, eq), value.substring(1, value.length() - 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test environment file " + envFile, e);
        }
        return result;
    }
}
