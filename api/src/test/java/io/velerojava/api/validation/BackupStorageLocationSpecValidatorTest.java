package io.velerojava.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.GoDuration;
import io.velerojava.api.builder.BackupStorageLocationBuilder;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.BackupStorageLocationSpec;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackupStorageLocationSpecValidatorTest {

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("provider missing",
                        b -> b.bucket("backups"),
                        "spec.provider: required; name the object store plugin",
                        b -> b.bucket("backups").provider("aws")),
                rule("bucket missing",
                        b -> b.provider("aws"),
                        "spec.objectStorage.bucket: required",
                        b -> b.provider("aws").bucket("backups")),
                rule("bucket with a path",
                        b -> b.provider("aws").bucket("backups/cluster-a"),
                        "spec.objectStorage.bucket: \"backups/cluster-a\" must not contain \"/\"; put the path below the bucket into spec.objectStorage.prefix",
                        b -> b.provider("aws").bucket("/backups/").prefix("cluster-a")),
                rule("S3 access point ARN may contain a slash",
                        b -> b.provider("aws").bucket("bucket/with/path"),
                        "must not contain",
                        b -> b.provider("aws").bucket("arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap")),
                rule("unknown access mode",
                        b -> b.provider("aws").bucket("b").accessMode(BackupStorageLocationAccessMode.of("Readonly")),
                        "spec.accessMode: \"Readonly\" is not one of ReadOnly, ReadWrite",
                        b -> b.provider("aws").bucket("b").accessMode(BackupStorageLocationAccessMode.READ_ONLY)),
                rule("caCert and caCertRef both set",
                        b -> b.provider("aws").bucket("b").caCert("Y2VydA==").caCertRef("ca", "bundle.pem"),
                        "spec.objectStorage: set caCert or caCertRef, not both",
                        b -> b.provider("aws").bucket("b").caCertRef("ca", "bundle.pem")),
                rule("caCert not base64",
                        b -> b.provider("aws").bucket("b").caCert("-----BEGIN CERTIFICATE-----"),
                        "spec.objectStorage.caCert: must be the base64-encoded PEM bundle",
                        b -> b.provider("aws").bucket("b").caCert("Y2VydA==")),
                rule("credential without key",
                        b -> b.provider("aws").bucket("b").credential("cloud-credentials", ""),
                        "spec.credential.key: required",
                        b -> b.provider("aws").bucket("b").credential("cloud-credentials", "cloud")),
                rule("negative backupSyncPeriod",
                        b -> b.provider("aws").bucket("b").backupSyncPeriod("-1m"),
                        "spec.backupSyncPeriod: must not be negative",
                        b -> b.provider("aws").bucket("b").backupSyncPeriod("0s")),
                rule("malformed validationFrequency",
                        b -> validationFrequency(b.provider("aws").bucket("b"), "hourly"),
                        "spec.validationFrequency: invalid duration \"hourly\"",
                        b -> b.provider("aws").bucket("b").validationFrequency("1h")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheBrokenRuleAndAcceptsTheFixedSpec(String rule, UnaryOperator<BackupStorageLocationBuilder> broken,
                                                    String message, UnaryOperator<BackupStorageLocationBuilder> fixed) {
        assertThat(BackupStorageLocationSpecValidator.validate(spec(broken)))
                .anySatisfy(error -> assertThat(error).contains(message));
        assertThat(BackupStorageLocationSpecValidator.validate(spec(fixed))).isEmpty();
    }

    @Test
    void requiresObjectStorage() {
        BackupStorageLocationSpec spec = new BackupStorageLocationSpec();
        spec.setProvider("aws");

        assertThat(BackupStorageLocationSpecValidator.validate(spec))
                .containsExactly("spec.objectStorage: required; set at least objectStorage.bucket");
    }

    private static Arguments rule(String name, UnaryOperator<BackupStorageLocationBuilder> broken, String message,
                                  UnaryOperator<BackupStorageLocationBuilder> fixed) {
        return Arguments.of(name, broken, message, fixed);
    }

    private static BackupStorageLocationSpec spec(UnaryOperator<BackupStorageLocationBuilder> customize) {
        return customize.apply(BackupStorageLocationBuilder.forLocation("velero", "default")).build().getSpec();
    }

    private static BackupStorageLocationBuilder validationFrequency(BackupStorageLocationBuilder builder, String text) {
        builder.build().getSpec().setValidationFrequency(GoDuration.fromJson(text));
        return builder;
    }
}
