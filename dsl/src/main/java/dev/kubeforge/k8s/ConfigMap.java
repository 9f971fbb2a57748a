package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Base64;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A ConfigMap built from literals and files, as {@code kubectl create configmap --from-literal
 * --from-file} builds one. Its content is not secret and appears in the reviewable output; multi-line
 * text is written as a YAML literal block.
 *
 * @param namespace the ConfigMap's namespace
 * @param name the ConfigMap's name
 * @param data the text entries, sorted by key
 * @param binaryData the binary entries, base64-encoded, sorted by key
 * @param labels the ConfigMap's labels, sorted
 */
public record ConfigMap(
    String namespace,
    String name,
    SortedMap<String, String> data,
    SortedMap<String, String> binaryData,
    SortedMap<String, String> labels) {

  public ConfigMap {
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
    data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
    binaryData = Collections.unmodifiableSortedMap(new TreeMap<>(binaryData));
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /** The ConfigMap, built with setters. */
  io.fabric8.kubernetes.api.model.ConfigMap toConfigMap() {
    var metadata = new ObjectMeta();
    metadata.setName(name);
    metadata.setNamespace(namespace);
    if (!labels.isEmpty()) {
      metadata.setLabels(new TreeMap<>(labels));
    }
    var configMap = new io.fabric8.kubernetes.api.model.ConfigMap();
    configMap.setMetadata(metadata);
    configMap.setData(new TreeMap<>(data));
    if (!binaryData.isEmpty()) {
      configMap.setBinaryData(new TreeMap<>(binaryData));
    }
    return configMap;
  }

  /** Builds a {@link ConfigMap}; obtained from {@code namespace.configMap("name")}. */
  public static final class Builder extends ObjectSettings<Builder, ConfigMapBuilder> {
    private final TreeMap<String, String> data = new TreeMap<>();
    private final TreeMap<String, String> binaryData = new TreeMap<>();

    Builder(Scope parent, String namespace, String name) {
      super(parent, "configmap", namespace, Names.requireDns1123Subdomain("config map name", name));
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Adds a text entry to {@code data}, as {@code --from-literal=key=value}. A key may be added once.
     */
    public Builder entry(String key, String value) {
      scope().ensureMutable();
      Names.requireText("entry " + key + " value", value);
      data.put(newKey(key), value);
      return this;
    }

    /**
     * Adds a file under its own name as key, as {@code --from-file=path}: to {@code data} when it is
     * UTF-8 text, to {@code binaryData} otherwise. A key may be added once.
     */
    public Builder file(ConfigMapSource source) {
      requireNonNull(source, "source");
      return file(source.fileName(), source);
    }

    /** Adds a file under another key, as {@code --from-file=key=path}. A key may be added once. */
    public Builder file(String key, ConfigMapSource source) {
      scope().ensureMutable();
      requireNonNull(source, "source");
      newKey(key);
      var text = source.text();
      if (text != null) {
        data.put(key, text);
      } else {
        binaryData.put(key, Base64.getEncoder().encodeToString(source.content()));
      }
      return this;
    }

    /** A typed reference to a key added so far; throws when the ConfigMap has no such key. */
    public ConfigMapKey key(String key) {
      requireNonNull(key, "key");
      if (!data.containsKey(key) && !binaryData.containsKey(key)) {
        var keys = new TreeMap<>(data);
        keys.putAll(binaryData);
        throw new IllegalArgumentException(
            "config map " + name() + " has no key '" + key + "' (keys: " + keys.keySet() + ")");
      }
      return new ConfigMapKey(namespace(), name(), key);
    }

    /** A typed reference to the whole ConfigMap. */
    public ConfigMapRef ref() {
      return new ConfigMapRef(namespace(), name());
    }

    private String newKey(String key) {
      Names.requireConfigKey("config map key", key);
      if (data.containsKey(key) || binaryData.containsKey(key)) {
        throw new IllegalArgumentException("config map " + name() + " already has key '" + key + "'");
      }
      return key;
    }

    KubeObject expand() {
      var configMap = new ConfigMap(namespace(), name(), data, binaryData, labels()).toConfigMap();
      return object(configMap, ConfigMapBuilder::new, ConfigMapBuilder::build);
    }
  }
}
