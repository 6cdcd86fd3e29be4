package io.velerojava.api;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crdv2.generator.CRDGenerator;
import io.fabric8.crdv2.generator.CRDPostProcessor;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.CustomResource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the CRD manifests of {@link VeleroKinds#ALL} with fabric8's crd-generator v2.
 *
 * <p>The generator is run through its Java API rather than its Maven plugin for one reason: it sorts printer columns
 * by JSON path, and kubectl shows them in CRD order, so Velero's column order ({@code Status, Schedule, LastBackup,
 * Age, Paused}) needs a post-processor, which only the Java API accepts. The post-processor restores the order in
 * which the kind declares its {@link AdditionalPrinterColumn}s and changes nothing else.
 */
final class CrdGeneration {

    private CrdGeneration() {
    }

    /** The manifests keyed by their path below {@code config/crd/}, sorted. */
    static Map<String, String> generate() {
        Map<String, ByteArrayOutputStream> outputs = new LinkedHashMap<>();
        new CRDGenerator()
                .customResourceClasses(new ArrayList<>(VeleroKinds.ALL))
                .forCRDVersions("v1")
                .withParallelGenerationEnabled(false)
                .withPostProcessor(new DeclaredPrinterColumnOrder())
                .withOutput(new CRDGenerator.CRDOutput<ByteArrayOutputStream>() {
                    @Override
                    public ByteArrayOutputStream outputFor(String crdName) {
                        return outputs.computeIfAbsent(crdName, name -> new ByteArrayOutputStream());
                    }

                    @Override
                    public void close() {
                    }
                })
                .generate();
        Map<String, String> manifests = new TreeMap<>();
        for (Class<? extends CustomResource<?, ?>> kind : VeleroKinds.ALL) {
            String outputName = CRDGenerator.getOutputName(CustomResource.getCRDName(kind), "v1");
            ByteArrayOutputStream output = outputs.get(outputName);
            if (output == null) {
                throw new IllegalStateException("the generator wrote no CRD for " + kind.getName());
            }
            manifests.put(CrdManifest.relativePath(kind), output.toString(StandardCharsets.UTF_8));
        }
        return manifests;
    }

    private static final class DeclaredPrinterColumnOrder implements CRDPostProcessor {

        @Override
        public HasMetadata process(HasMetadata crd, String crdSpecVersion) {
            CustomResourceDefinition definition = (CustomResourceDefinition) crd;
            List<String> declaredPaths = VeleroKinds.ALL.stream()
                    .filter(kind -> CustomResource.getCRDName(kind).equals(definition.getMetadata().getName()))
                    .findFirst()
                    .map(kind -> Arrays.stream(kind.getAnnotationsByType(AdditionalPrinterColumn.class))
                            .map(AdditionalPrinterColumn::jsonPath).toList())
                    .orElseThrow(() -> new IllegalStateException("no kind for CRD " + definition.getMetadata().getName()));
            for (CustomResourceDefinitionVersion version : definition.getSpec().getVersions()) {
                List<CustomResourceColumnDefinition> columns = version.getAdditionalPrinterColumns();
                if (columns != null) {
                    columns.sort(Comparator.comparingInt(column -> declaredPaths.indexOf(column.getJsonPath())));
                }
            }
            return crd;
        }
    }
}
