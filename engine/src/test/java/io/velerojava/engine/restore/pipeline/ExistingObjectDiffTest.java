package io.velerojava.engine.restore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.engine.restore.pipeline.ExistingObjectDiff.AddedFields;
import org.junit.jupiter.api.Test;

class ExistingObjectDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void objectWithOnlyServerSetDifferencesIsEqual() {
        ObjectNode original = json("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"a","uid":"1",
                 "resourceVersion":"10","creationTimestamp":"2026-01-01T00:00:00Z","managedFields":[{"manager":"x"}]},
                 "spec":{"clusterIP":"10.0.0.5","clusterIPs":["10.0.0.5"],"ports":[{"port":80,"nodePort":30001}]},
                 "status":{"loadBalancer":{}}}""");
        ObjectNode desired = json("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"a",
                 "labels":{"velero.io/restore-name":"r"}},"spec":{"ports":[{"port":80}]}}""");
        ObjectNode inCluster = json("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"a","uid":"2",
                 "resourceVersion":"99","labels":{"velero.io/restore-name":"r"},"managedFields":[{"manager":"y"}]},
                 "spec":{"clusterIP":"10.0.0.9","clusterIPs":["10.0.0.9"],"ports":[{"port":80,"nodePort":30002}]},
                 "status":{"loadBalancer":{"ingress":[]}}}""");

        ExistingObjectDiff diff = ExistingObjectDiff.between(inCluster, desired, original, AddedFields.REMOVE);

        assertThat(diff.isEmpty()).as("patch %s", diff.mergePatch()).isTrue();
    }

    @Test
    void changedAndAddedValuesAreRevertedAndRemovedWhenAddedAfterTheBackup() {
        ObjectNode original = json("""
                {"kind":"ConfigMap","metadata":{"name":"c","labels":{"app":"x"}},"data":{"a":"1"}}""");
        ObjectNode inCluster = json("""
                {"kind":"ConfigMap","metadata":{"name":"c","labels":{"app":"y","extra":"e"}},
                 "data":{"a":"2","b":"new"}}""");

        ExistingObjectDiff diff = ExistingObjectDiff.between(inCluster, original, original, AddedFields.REMOVE);

        assertThat(diff.mergePatch()).isEqualTo(json("""
                {"metadata":{"labels":{"app":"x","extra":null}},"data":{"a":"1","b":null}}"""));
    }

    @Test
    void keepingAddedFieldsOnlyRestoresBackedUpValues() {
        ObjectNode original = json("""
                {"kind":"ServiceAccount","metadata":{"name":"sa"},"imagePullSecrets":[{"name":"p"}]}""");
        ObjectNode inCluster = json("""
                {"kind":"ServiceAccount","metadata":{"name":"sa","labels":{"team":"t"}},"secrets":[{"name":"s"}]}""");

        ExistingObjectDiff diff = ExistingObjectDiff.between(inCluster, original, original, AddedFields.KEEP);

        assertThat(diff.mergePatch()).isEqualTo(json("""
                {"imagePullSecrets":[{"name":"p"}]}"""));
    }

    @Test
    void arraysOfDifferentLengthAreReplacedWhole() {
        ObjectNode original = json("""
                {"kind":"Service","metadata":{"name":"s"},"spec":{"ports":[{"port":80,"nodePort":1}]}}""");
        ObjectNode desired = json("""
                {"kind":"Service","metadata":{"name":"s"},"spec":{"ports":[{"port":80}]}}""");
        ObjectNode inCluster = json("""
                {"kind":"Service","metadata":{"name":"s"},"spec":{"ports":[{"port":80,"nodePort":2},{"port":81}]}}""");

        ExistingObjectDiff diff = ExistingObjectDiff.between(inCluster, desired, original, AddedFields.REMOVE);

        assertThat(diff.mergePatch()).isEqualTo(json("""
                {"spec":{"ports":[{"port":80}]}}"""));
    }

    @Test
    void explicitNullsMatchingAbsentFieldsAreNoDifference() {
        ObjectNode desired = json("""
                {"kind":"Deployment","metadata":{"name":"d"},"spec":{"template":{"metadata":{"creationTimestamp":null}}}}""");
        ObjectNode inCluster = json("""
                {"kind":"Deployment","metadata":{"name":"d"},"spec":{"template":{"metadata":{}}}}""");

        assertThat(ExistingObjectDiff.between(inCluster, desired, desired, AddedFields.REMOVE).isEmpty()).isTrue();
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
