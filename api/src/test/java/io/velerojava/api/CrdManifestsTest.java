package io.velerojava.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CRDs committed under {@code config/crd/} are exactly what the generator makes of the Java types.
 *
 * <p>After changing a kind, regenerate them with
 * {@code mvn -pl api test -Dtest=CrdManifestsTest -Dvelero.updateCrds=true} and commit the result.
 */
class CrdManifestsTest {

    private static final Path COMMITTED = Path.of("..", "config", "crd");
    private static final Path GENERATED = Path.of("target", "generated-crds");

    @Test
    void committedManifestsMatchTheGeneratedOnes() throws IOException {
        Map<String, String> generated = CrdGeneration.generate();
        writeAll(GENERATED, generated);
        if (Boolean.getBoolean("velero.updateCrds")) {
            writeAll(COMMITTED, generated);
        }

        assertThat(readAll(COMMITTED))
                .as("config/crd differs from the generated CRDs in api/target/generated-crds; regenerate with "
                        + "mvn -pl api test -Dtest=CrdManifestsTest -Dvelero.updateCrds=true")
                .isEqualTo(generated);
    }

    @Test
    void theJarCarriesTheCommittedManifests() throws IOException {
        Map<String, String> committed = readAll(COMMITTED);

        assertThat(VeleroCrds.all()).hasSize(VeleroKinds.ALL.size())
                .allSatisfy(manifest -> assertThat(manifest.yaml()).isEqualTo(committed.get(manifest.path())));
    }

    private static void writeAll(Path root, Map<String, String> manifests) throws IOException {
        for (Map.Entry<String, String> manifest : manifests.entrySet()) {
            Path file = root.resolve(manifest.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, manifest.getValue());
        }
    }

    private static Map<String, String> readAll(Path root) throws IOException {
        Map<String, String> manifests = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return manifests;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                manifests.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return manifests;
    }
}
