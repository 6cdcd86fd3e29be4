package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.GoDuration;
import java.util.List;
import java.util.Map;

/** What a {@link Restore} restores from which backup, and how. */
public class RestoreSpec extends ForwardCompatible {

    @JsonProperty("backupName")
    private String backupName;

    @JsonProperty("scheduleName")
    private String scheduleName;

    @JsonProperty("includedNamespaces")
    @Nullable
    private List<String> includedNamespaces;

    @JsonProperty("excludedNamespaces")
    @Nullable
    private List<String> excludedNamespaces;

    @JsonProperty("includedResources")
    @Nullable
    private List<String> includedResources;

    @JsonProperty("excludedResources")
    @Nullable
    private List<String> excludedResources;

    @JsonProperty("namespaceMapping")
    private Map<String, String> namespaceMapping;

    @JsonProperty("labelSelector")
    @Nullable
    private LabelSelector labelSelector;

    @JsonProperty("orLabelSelectors")
    @Nullable
    private List<LabelSelector> orLabelSelectors;

    @JsonProperty("restorePVs")
    @Nullable
    private Boolean restorePVs;

    @JsonProperty("restoreStatus")
    @Nullable
    private RestoreStatusSpec restoreStatus;

    @JsonProperty("preserveNodePorts")
    @Nullable
    private Boolean preserveNodePorts;

    @JsonProperty("includeClusterResources")
    @Nullable
    private Boolean includeClusterResources;

    @JsonProperty("hooks")
    private RestoreHooks hooks;

    @JsonProperty("existingResourcePolicy")
    private ExistingResourcePolicy existingResourcePolicy;

    @JsonProperty("itemOperationTimeout")
    private GoDuration itemOperationTimeout;

    @JsonProperty("resourceModifier")
    @Nullable
    private TypedLocalObjectReference resourceModifier;

    @JsonProperty("uploaderConfig")
    @Nullable
    private UploaderConfigForRestore uploaderConfig;

    public String getBackupName() {
        return backupName;
    }

    public void setBackupName(String backupName) {
        this.backupName = backupName;
    }

    public String getScheduleName() {
        return scheduleName;
    }

    public void setScheduleName(String scheduleName) {
        this.scheduleName = scheduleName;
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

    public Map<String, String> getNamespaceMapping() {
        return namespaceMapping;
    }

    public void setNamespaceMapping(Map<String, String> namespaceMapping) {
        this.namespaceMapping = namespaceMapping;
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

    public Boolean getRestorePVs() {
        return restorePVs;
    }

    public void setRestorePVs(Boolean restorePVs) {
        this.restorePVs = restorePVs;
    }

    public RestoreStatusSpec getRestoreStatus() {
        return restoreStatus;
    }

    public void setRestoreStatus(RestoreStatusSpec restoreStatus) {
        this.restoreStatus = restoreStatus;
    }

    public Boolean getPreserveNodePorts() {
        return preserveNodePorts;
    }

    public void setPreserveNodePorts(Boolean preserveNodePorts) {
        this.preserveNodePorts = preserveNodePorts;
    }

    public Boolean getIncludeClusterResources() {
        return includeClusterResources;
    }

    public void setIncludeClusterResources(Boolean includeClusterResources) {
        this.includeClusterResources = includeClusterResources;
    }

    public RestoreHooks getHooks() {
        return hooks;
    }

    public void setHooks(RestoreHooks hooks) {
        this.hooks = hooks;
    }

    public ExistingResourcePolicy getExistingResourcePolicy() {
        return existingResourcePolicy;
    }

    public void setExistingResourcePolicy(ExistingResourcePolicy existingResourcePolicy) {
        this.existingResourcePolicy = existingResourcePolicy;
    }

    public GoDuration getItemOperationTimeout() {
        return itemOperationTimeout;
    }

    public void setItemOperationTimeout(GoDuration itemOperationTimeout) {
        this.itemOperationTimeout = itemOperationTimeout;
    }

    public TypedLocalObjectReference getResourceModifier() {
        return resourceModifier;
    }

    public void setResourceModifier(TypedLocalObjectReference resourceModifier) {
        this.resourceModifier = resourceModifier;
    }

    public UploaderConfigForRestore getUploaderConfig() {
        return uploaderConfig;
    }

    public void setUploaderConfig(UploaderConfigForRestore uploaderConfig) {
        this.uploaderConfig = uploaderConfig;
    }
}
