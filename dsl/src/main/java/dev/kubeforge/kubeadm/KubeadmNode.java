package dev.kubeforge.kubeadm;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.IpAddress;
import dev.kubeforge.core.KubernetesVersion;
import dev.kubeforge.core.ObjectPath;
import io.fabric8.kubernetes.api.model.Taint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What kubeadm needs to know of one node, taken from the cluster's nodes and their host profiles when
 * the cluster is built.
 *
 * @param path the node in the model, such as {@code cluster prod › node kube-master}
 * @param name the node's name, its hostname and its Node object's name
 * @param address its IP address, or empty when the definition gives none
 * @param controlPlane whether it runs the control plane
 * @param labels the labels it registers with, sorted
 * @param taints the taints it registers with; empty for none declared
 * @param criSocket the CRI endpoint of its container runtime, or empty when its profile has none
 * @param cgroupDriver the cgroup driver of its container runtime, or empty
 * @param kubeletVersion the kubelet release it runs, when it differs from the cluster's
 */
public record KubeadmNode(
    ObjectPath path,
    String name,
    Optional<IpAddress> address,
    boolean controlPlane,
    SortedMap<String, String> labels,
    List<Taint> taints,
    Optional<String> criSocket,
    Optional<CgroupDriver> cgroupDriver,
    Optional<KubernetesVersion> kubeletVersion) {

  public KubeadmNode {
    requireNonNull(path, "path");
    requireNonNull(name, "name");
    requireNonNull(address, "address");
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    taints = List.copyOf(taints);
    requireNonNull(criSocket, "criSocket");
    requireNonNull(cgroupDriver, "cgroupDriver");
    requireNonNull(kubeletVersion, "kubeletVersion");
  }

  /** A node with a name and role only; the other facts empty. */
  public static KubeadmNode of(ObjectPath path, String name, boolean controlPlane) {
    return new KubeadmNode(path, name, Optional.empty(), controlPlane, new TreeMap<>(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Returns a copy with {@code address}. */
  public KubeadmNode address(IpAddress address) {
    return new KubeadmNode(path, name, Optional.of(address), controlPlane, labels, taints, criSocket, cgroupDriver,
        kubeletVersion);
  }

  /** Returns a copy with the container runtime's CRI endpoint and cgroup driver, as far as they are known. */
  public KubeadmNode runtime(Optional<String> criSocket, Optional<CgroupDriver> cgroupDriver) {
    return new KubeadmNode(path, name, address, controlPlane, labels, taints, criSocket, cgroupDriver,
        kubeletVersion);
  }

  /** Returns a copy with these labels and taints. */
  public KubeadmNode registration(Map<String, String> labels, List<Taint> taints) {
    return new KubeadmNode(path, name, address, controlPlane, new TreeMap<>(labels), taints, criSocket,
        cgroupDriver, kubeletVersion);
  }

  /** Returns a copy whose kubelet runs {@code version}. */
  public KubeadmNode kubeletVersion(KubernetesVersion version) {
    return new KubeadmNode(path, name, address, controlPlane, labels, taints, criSocket, cgroupDriver,
        Optional.of(version));
  }
}
