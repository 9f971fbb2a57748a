package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.DownwardAPIVolumeFile;
import io.fabric8.kubernetes.api.model.DownwardAPIVolumeSource;
import io.fabric8.kubernetes.api.model.ObjectFieldSelector;
import io.fabric8.kubernetes.api.model.ResourceFieldSelector;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Fields of the pod and its containers' resources as files, kept current while the pod runs:
 * {@code DownwardApiVolume.named("podinfo").labels("labels").field("name", FieldRef.POD_NAME)}. Maps to
 * {@code volumes[].downwardAPI}.
 *
 * @param volumeName the volume's name in the pod
 * @param files {@code items[]} by path: a field path ({@code fieldRef}) or a container resource
 *     ({@code resourceFieldRef})
 * @param defaultMode {@code defaultMode} of the files, or {@code null} for Kubernetes' {@code 0644}
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/pods/downward-api/">Downward API</a>
 */
public record DownwardApiVolume(String volumeName, SortedMap<String, DownwardApiVolume.File> files,
    FileMode defaultMode) implements VolumeSource, ProjectedVolume.Source {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public DownwardApiVolume {
    Names.requireDns1123Label("volume name", volumeName);
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    files.keySet().forEach(KeyVolume::relativePath);
  }

  /** No files yet. */
  public static DownwardApiVolume named(String volumeName) {
    return new DownwardApiVolume(volumeName, new TreeMap<>(), null);
  }

  /**
   * Returns a copy with a file holding a field of the pod ({@code items[].fieldRef}): its name, namespace,
   * UID, or one label or annotation ({@code FieldRef.label(..)}); not the fields only env variables get.
   */
  public DownwardApiVolume field(String path, FieldRef field) {
    requireNonNull(field, "field");
    if (!field.fieldPath().startsWith("metadata.")) {
      throw new IllegalArgumentException("a downward API volume cannot hold " + field.fieldPath()
          + " (only metadata: name, namespace, uid, labels, annotations); use an env variable");
    }
    return plus(path, new File(field.fieldPath(), null, null));
  }

  /** Returns a copy with a file of every label of the pod, one {@code key="value"} a line ({@code metadata.labels}). */
  public DownwardApiVolume labels(String path) {
    return plus(path, new File("metadata.labels", null, null));
  }

  /** Returns a copy with a file of every annotation of the pod ({@code metadata.annotations}). */
  public DownwardApiVolume annotations(String path) {
    return plus(path, new File("metadata.annotations", null, null));
  }

  /**
   * Returns a copy with a file holding a resource request or limit of container {@code containerName}
   * ({@code items[].resourceFieldRef}), such as its memory limit in bytes.
   */
  public DownwardApiVolume resource(String path, String containerName, ResourceField resource) {
    Names.requireDns1123Label("container name", containerName);
    return plus(path, new File(null, containerName, requireNonNull(resource, "resource")));
  }

  /** Returns a copy with the files' {@code defaultMode}. Defaults to Kubernetes' {@code 0644}. */
  public DownwardApiVolume defaultMode(FileMode mode) {
    return new DownwardApiVolume(volumeName, files, requireNonNull(mode, "mode"));
  }

  void describe(Volume volume) {
    var source = new DownwardAPIVolumeSource();
    source.setItems(items());
    source.setDefaultMode(defaultMode == null ? null : defaultMode.bits());
    volume.setDownwardAPI(source);
  }

  /** The files, as {@code items[]} of a volume or projection. */
  List<DownwardAPIVolumeFile> items() {
    var list = new ArrayList<DownwardAPIVolumeFile>(files.size());
    files.forEach((path, file) -> {
      var item = new DownwardAPIVolumeFile();
      item.setPath(path);
      if (file.fieldPath() != null) {
        var selector = new ObjectFieldSelector();
        selector.setApiVersion("v1");
        selector.setFieldPath(file.fieldPath());
        item.setFieldRef(selector);
      } else {
        var selector = new ResourceFieldSelector();
        selector.setContainerName(file.containerName());
        selector.setResource(file.resource().value());
        item.setResourceFieldRef(selector);
      }
      list.add(item);
    });
    return list;
  }

  private DownwardApiVolume plus(String path, File file) {
    var all = new TreeMap<>(files);
    if (all.put(KeyVolume.relativePath(path), file) != null) {
      throw new IllegalArgumentException("downward API volume " + volumeName + " already has a file " + path);
    }
    return new DownwardApiVolume(volumeName, all, defaultMode);
  }

  /**
   * A file of the volume: a field of the pod, or a resource of a container.
   *
   * @param fieldPath the pod field, or {@code null} for a resource
   * @param containerName the container whose resource it is, or {@code null} for a field
   * @param resource the resource, or {@code null} for a field
   */
  public record File(String fieldPath, String containerName, ResourceField resource) {

    /** Checks that the file is a field or a resource. */
    public File {
      if ((fieldPath == null) == (resource == null) || (resource == null) != (containerName == null)) {
        throw new IllegalArgumentException("a downward API file is a field or a container resource");
      }
    }
  }
}
