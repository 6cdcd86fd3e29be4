package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.GoDuration;
import java.util.List;
import java.util.Map;

/** What a {@link Backup} collects and how. Every field is optional; the server fills defaults. */
public class BackupSpec extends ForwardCompatible {

    @JsonProperty("metadata")
    private BackupTemplateMetadata metadata;

    @JsonProperty("includedNamespaces")
    private List<String> includedNamespaces;

    @JsonProperty("excludedNamespaces")
    private List<String> excludedNamespaces;

    @JsonProperty("includedResources")
    private List<String> includedResources;

    @JsonProperty("excludedResources")
    private List<String> excludedResources;

    @JsonProperty("includedClusterScopedResources")
    private List<String> includedClusterScopedResources;

    @JsonProperty("excludedClusterScopedResources")
    private List<String> excludedClusterScopedResources;

    @JsonProperty("includedNamespaceScopedResources")
    private List<String> includedNamespaceScopedResources;

    @JsonProperty("excludedNamespaceScopedResources")
    private List<String> excludedNamespaceScopedResources;

    @JsonProperty("labelSelector")
    @Nullable
    private LabelSelector labelSelector;

    @JsonProperty("orLabelSelectors")
    @Nullable
    private List<LabelSelector> orLabelSelectors;

    @JsonProperty("snapshotVolumes")
    @Nullable
    private Boolean snapshotVolumes;

    @JsonProperty("ttl")
    private GoDuration ttl;

    @JsonProperty("includeClusterResources")
    @Nullable
    private Boolean includeClusterResources;

    @JsonProperty("hooks")
    private BackupHooks hooks;

    @JsonProperty("storageLocation")
    private String storageLocation;

    @JsonProperty("volumeSnapshotLocations")
    private List<String> volumeSnapshotLocations;

    @JsonProperty("defaultVolumesToRestic")
    @Nullable
    private Boolean defaultVolumesToRestic;

    @JsonProperty("defaultVolumesToFsBackup")
    @Nullable
    private Boolean defaultVolumesToFsBackup;

    @JsonProperty("orderedResources")
    @Nullable
    private Map<String, String> orderedResources;

    @JsonProperty("csiSnapshotTimeout")
    private GoDuration csiSnapshotTimeout;

    @JsonProperty("itemOperationTimeout")
    private GoDuration itemOperationTimeout;

    @JsonProperty("resourcePolicy")
    private TypedLocalObjectReference resourcePolicy;

    @JsonProperty("snapshotMoveData")
    @Nullable
    private Boolean snapshotMoveData;

    @JsonProperty("datamover")
    private String datamover;

    @JsonProperty("uploaderConfig")
    @Nullable
    private UploaderConfigForBackup uploaderConfig;

    @JsonProperty("volumeGroupSnapshotLabelKey")
    private String volumeGroupSnapshotLabelKey;

    public BackupTemplateMetadata getMetadata() {
        return metadata;
    }

    public void setMetadata(BackupTemplateMetadata metadata) {
        this.metadata = metadata;
    }

    public List<String> getIncludedNamespaces() {
        return includedNamespaces;
    }

    public void setIncludedNamespaces(List<String> includedNamespaces) {
        this.includedNamespaces = includedNamespaces;
    }

    public List<String> getExcludedNamespaces() {
        return excludedNamespaces;
    }

    public void setExcludedNamespaces(List<String> excludedNamespaces) {
        this.excludedNamespaces = excludedNamespaces;
    }

    public List<String> getIncludedResources() {
        return includedResources;
    }

    public void setIncludedResources(List<String> includedResources) {
        this.includedResources = includedResources;
    }

    public List<String> getExcludedResources() {
        return excludedResources;
    }

    public void setExcludedResources(List<String> excludedResources) {
        this.excludedResources = excludedResources;
    }

    public List<String> getIncludedClusterScopedResources() {
        return includedClusterScopedResources;
    }

    public void setIncludedClusterScopedResources(List<String> includedClusterScopedResources) {
        this.includedClusterScopedResources = includedClusterScopedResources;
    }

    public List<String> getExcludedClusterScopedResources() {
        return excludedClusterScopedResources;
    }

    public void setExcludedClusterScopedResources(List<String> excludedClusterScopedResources) {
        this.excludedClusterScopedResources = excludedClusterScopedResources;
    }

    public List<String> getIncludedNamespaceScopedResources() {
        return includedNamespaceScopedResources;
    }

    public void setIncludedNamespaceScopedResources(List<String> includedNamespaceScopedResources) {
        this.includedNamespaceScopedResources = includedNamespaceScopedResources;
    }

    public List<String> getExcludedNamespaceScopedResources() {
        return excludedNamespaceScopedResources;
    }

    public void setExcludedNamespaceScopedResources(List<String> excludedNamespaceScopedResources) {
        this.excludedNamespaceScopedResources = excludedNamespaceScopedResources;
    }

    public LabelSelector getLabelSelector() {
        return labelSelector;
    }

    public void setLabelSelector(LabelSelector labelSelector) {
        this.labelSelector = labelSelector;
    }

    public List<LabelSelector> getOrLabelSelectors() {
        return orLabelSelectors;
    }

    public void setOrLabelSelectors(List<LabelSelector> orLabelSelectors) {
        this.orLabelSelectors = orLabelSelectors;
    }

    public Boolean getSnapshotVolumes() {
        return snapshotVolumes;
    }

    public void setSnapshotVolumes(Boolean snapshotVolumes) {
        this.snapshotVolumes = snapshotVolumes;
    }

    public GoDuration getTtl() {
        return ttl;
    }

    public void setTtl(GoDuration ttl) {
        this.ttl = ttl;
    }

    public Boolean getIncludeClusterResources() {
        return includeClusterResources;
    }

    public void setIncludeClusterResources(Boolean includeClusterResources) {
        this.includeClusterResources = includeClusterResources;
    }

    public BackupHooks getHooks() {
        return hooks;
    }

    public void setHooks(BackupHooks hooks) {
        this.hooks = hooks;
    }

    public String getStorageLocation() {
        return storageLocation;
    }

    public void setStorageLocation(String storageLocation) {
        this.storageLocation = storageLocation;
    }

    public List<String> getVolumeSnapshotLocations() {
        return volumeSnapshotLocations;
    }

    public void setVolumeSnapshotLocations(List<String> volumeSnapshotLocations) {
        this.volumeSnapshotLocations = volumeSnapshotLocations;
    }

    public Boolean getDefaultVolumesToRestic() {
        return defaultVolumesToRestic;
    }

    public void setDefaultVolumesToRestic(Boolean defaultVolumesToRestic) {
        this.defaultVolumesToRestic = defaultVolumesToRestic;
    }

    public Boolean getDefaultVolumesToFsBackup() {
        return defaultVolumesToFsBackup;
    }

    public void setDefaultVolumesToFsBackup(Boolean defaultVolumesToFsBackup) {
        this.defaultVolumesToFsBackup = defaultVolumesToFsBackup;
    }

    public Map<String, String> getOrderedResources() {
        return orderedResources;
    }

    public void setOrderedResources(Map<String, String> orderedResources) {
        this.orderedResources = orderedResources;
    }

    public GoDuration getCsiSnapshotTimeout() {
        return csiSnapshotTimeout;
    }

    public void setCsiSnapshotTimeout(GoDuration csiSnapshotTimeout) {
        this.csiSnapshotTimeout = csiSnapshotTimeout;
    }

    public GoDuration getItemOperationTimeout() {
        return itemOperationTimeout;
    }

    public void setItemOperationTimeout(GoDuration itemOperationTimeout) {
        this.itemOperationTimeout = itemOperationTimeout;
    }

    public TypedLocalObjectReference getResourcePolicy() {
        return resourcePolicy;
    }

    public void setResourcePolicy(TypedLocalObjectReference resourcePolicy) {
        this.resourcePolicy = resourcePolicy;
    }

    public Boolean getSnapshotMoveData() {
        return snapshotMoveData;
    }

    public void setSnapshotMoveData(Boolean snapshotMoveData) {
        this.snapshotMoveData = snapshotMoveData;
    }

    public String getDatamover() {
        return datamover;
    }

    public void setDatamover(String datamover) {
        this.datamover = datamover;
    }

    public UploaderConfigForBackup getUploaderConfig() {
        return uploaderConfig;
    }

    public void setUploaderConfig(UploaderConfigForBackup uploaderConfig) {
        this.uploaderConfig = uploaderConfig;
    }

    public String getVolumeGroupSnapshotLabelKey() {
        return volumeGroupSnapshotLabelKey;
    }

    public void setVolumeGroupSnapshotLabelKey(String volumeGroupSnapshotLabelKey) {
        this.volumeGroupSnapshotLabelKey = volumeGroupSnapshotLabelKey;
    }
}
