package dev.kubeforge.kubeadm.config;

/**
 * A top-level configuration document, one YAML document of a kubeadm configuration file:
 * {@link InitConfiguration}, {@link ClusterConfiguration}, {@link JoinConfiguration},
 * {@link ResetConfiguration}, {@link UpgradeConfiguration}, {@link KubeletConfiguration} or
 * {@link KubeProxyConfiguration}.
 */
public abstract class ConfigDocument extends ConfigObject {

  ConfigDocument() {}

  /** The document's {@code apiVersion}, such as {@code kubeadm.k8s.io/v1beta4}. */
  public abstract String apiVersion();

  /** The document's {@code kind}, such as {@code ClusterConfiguration}. */
  public abstract String kind();

  @Override
  public abstract ConfigDocument copy();
}
