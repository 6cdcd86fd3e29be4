package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** A named set of pre/post hooks and the pods they apply to. */
public class BackupResourceHookSpec extends ForwardCompatible {

    @JsonProperty("name")
    @Required
    private String name;

    @JsonProperty("includedNamespaces")
    private List<String> includedNamespaces;

    @JsonProperty("excludedNamespaces")
    private List<String> excludedNamespaces;

    @JsonProperty("includedResources")
    private List<String> includedResources;

    @JsonProperty("excludedResources")
    private List<String> excludedResources;

    @JsonProperty("labelSelector")
    @Nullable
    private LabelSelector labelSelector;

    @JsonProperty("pre")
    private List<BackupResourceHook> pre;

    @JsonProperty("post")
    private List<BackupResourceHook> post;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public LabelSelector getLabelSelector() {
        return labelSelector;
    }

    public void setLabelSelector(LabelSelector labelSelector) {
        this.labelSelector = labelSelector;
    }

    public List<BackupResourceHook> getPre() {
        return pre;
    }

    public void setPre(List<BackupResourceHook> pre) {
        this.pre = pre;
    }

    public List<BackupResourceHook> getPost() {
        return post;
    }

    public void setPost(List<BackupResourceHook> post) {
        this.post = post;
    }
}
