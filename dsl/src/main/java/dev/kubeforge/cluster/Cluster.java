package dev.kubeforge.cluster;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.core.Allowance;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.Declarations;
import dev.kubeforge.core.KubernetesVersion;
import dev.kubeforge.core.Names;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.core.Scope;
import dev.kubeforge.core.Size;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.k8s.ClusterObjects;
import dev.kubeforge.k8s.ClusterRole;
import dev.kubeforge.k8s.ClusterRoleBinding;
import dev.kubeforge.k8s.ClusterRoleRef;
import dev.kubeforge.k8s.ExternalStorageClass;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.PersistentVolume;
import dev.kubeforge.k8s.PersistentVolumeSource;
import dev.kubeforge.k8s.PriorityClass;
import dev.kubeforge.k8s.StorageClass;
import dev.kubeforge.k8s.StorageClassRef;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.kubeadm.KubeadmNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A whole cluster, frozen: its namespaces and their objects, its cluster-scoped objects, the allowances
 * made in its definition, and its nodes. Obtained from {@link Builder#build()}; never changes afterwards.
 * Every list it hands out is unmodifiable, and nothing reached from it can change what is rendered:
 * Kubernetes objects are handed out as copies ({@link KubeObject#resource()}), everything else is a value.
 */
public final class Cluster {

  private final String name;
  private final List<Namespace> namespaces;
  private final List<KubeObject> clusterObjects;
  private final List<ExternalStorageClass> externalStorageClasses;
  private final List<Allowance> allowances;
  private final List<Node> nodes;
  private final Optional<KubernetesVersion> kubernetesVersion;
  private final Optional<Kubeadm> kubeadm;
  private final CloudInit cloudInit;
  private final Map<String, List<HostFile>> hostFiles;
  private final List<NodeSetup> setups;
  private final Declarations declarations;

  private Cluster(
      String name,
      List<Namespace> namespaces,
      List<KubeObject> clusterObjects,
      List<ExternalStorageClass> externalStorageClasses,
      List<Allowance> allowances,
      List<Node> nodes,
      Optional<KubernetesVersion> kubernetesVersion,
      Optional<Kubeadm> kubeadm,
      CloudInit cloudInit,
      Map<String, List<HostFile>> hostFiles,
      List<NodeSetup> setups,
      Declarations declarations) {
    this.name = requireNonNull(name, "name");
    this.namespaces = List.copyOf(namespaces);
    this.clusterObjects = List.copyOf(clusterObjects);
    this.externalStorageClasses = List.copyOf(externalStorageClasses);
    this.allowances = List.copyOf(allowances);
    this.nodes = List.copyOf(nodes);
    this.kubernetesVersion = requireNonNull(kubernetesVersion, "kubernetesVersion");
    this.kubeadm = requireNonNull(kubeadm, "kubeadm");
    this.cloudInit = requireNonNull(cloudInit, "cloudInit");
    this.hostFiles = Collections.unmodifiableMap(new LinkedHashMap<>(hostFiles));
    this.setups = List.copyOf(setups);
    this.declarations = requireNonNull(declarations, "declarations");
  }

  /** The cluster's name; also the name of its folder in the output. */
  public String name() {
    return name;
  }

  /** The namespaces, in definition order. */
  public List<Namespace> namespaces() {
    return namespaces;
  }

  /**
   * The cluster-scoped objects: the declared ones (roles, StorageClasses, PersistentVolumes...), then
   * those added as is, in definition order.
   */
  public List<KubeObject> clusterObjects() {
    return clusterObjects;
  }

  /** The StorageClasses declared {@code external(..)}: they exist by other means and are not written. */
  public List<ExternalStorageClass> externalStorageClasses() {
    return externalStorageClasses;
  }

  /**
   * Every {@code allow(checkId, reason)} made in the definition, including those made on nodes and host
   * profiles.
   */
  public List<Allowance> allowances() {
    return allowances;
  }

  /**
   * Where in the definition's source each construct was created ({@code Cluster.named}, {@code namespace},
   * {@code app}, ...), so that a problem can point at the Java line that declared its object.
   */
  public Declarations declarations() {
    return declarations;
  }

  /** The nodes: control-plane nodes first, then workers, each in the order added. */
  public List<Node> nodes() {
    return nodes;
  }

  /** The Kubernetes release the nodes run, when the definition sets one. */
  public Optional<KubernetesVersion> kubernetesVersion() {
    return kubernetesVersion;
  }

  /** How kubeadm brings the nodes up, when the definition uses kubeadm. */
  public Optional<Kubeadm> kubeadm() {
    return kubeadm;
  }

  /** How the nodes are brought up from a bare OS image. */
  public CloudInit cloudInit() {
    return cloudInit;
  }

  /** The files {@code profile} puts on its nodes, sorted by path, planned at build; empty for a profile no node uses. */
  public List<HostFile> hostFiles(HostProfile profile) {
    return hostFiles.getOrDefault(profile.name(), List.of());
  }

  /** What brings {@code node} up from a bare OS image, whatever form of user-data carries it; planned at build. */
  public NodeSetup setup(Node node) {
    int index = nodes.indexOf(node);
    if (index < 0) {
      throw new IllegalArgumentException("node " + node.name() + " is not a node of cluster " + name);
    }
    return setups.get(index);
  }

  @Override
  public String toString() {
    return "Cluster[name=" + name + ", namespaces=" + namespaces.size() + ", nodes=" + nodes.size() + "]";
  }

  /** Starts the definition of a cluster. The name is a DNS-1123 label, such as {@code prod}. */
  public static Builder named(String name) {
    requireNonNull(name, "name");
    if (!Names.isDns1123Label(name)) {
      throw new IllegalArgumentException("cluster name is not a DNS-1123 label: '" + name
          + "' (lowercase letters, digits and '-', at most 63)");
    }
    return new Builder(name);
  }

  /** The cluster's path, the root of every problem's path: {@code cluster prod}. */
  public ObjectPath path() {
    return ObjectPath.of("cluster", name);
  }

  /** Every Kubernetes object of the cluster: cluster-scoped ones first, then each namespace's. Unmodifiable. */
  public List<KubeObject> objects() {
    var all = new ArrayList<KubeObject>(clusterObjects);
    for (Namespace namespace : namespaces) {
      all.addAll(namespace.objects());
    }
    return Collections.unmodifiableList(all);
  }

  /** The control-plane nodes, in the order added. */
  public List<Node> controlPlaneNodes() {
    return nodes.stream().filter(Node::isControlPlane).toList();
  }

  /** The worker nodes, in the order added. */
  public List<Node> workerNodes() {
    return nodes.stream().filter(node -> !node.isControlPlane()).toList();
  }

  /**
   * The host profiles the nodes use, each once (the first of a name, when two nodes carry different
   * profiles of the same name: the {@code duplicate-host-profile} check reports that), in node order.
   */
  public List<HostProfile> hostProfiles() {
    var byName = new LinkedHashMap<String, HostProfile>();
    for (Node node : nodes) {
      if (node.profile() != null) {
        byName.putIfAbsent(node.profile().name(), node.profile());
      }
    }
    return List.copyOf(byName.values());
  }

  /** The path of a node: {@code cluster prod › node azure-prd-02}. */
  public ObjectPath path(Node node) {
    return path().child("node", node.name());
  }

  /** The path of a host profile, where problems of the profile itself are reported: {@code cluster prod › host worker}. */
  public ObjectPath path(HostProfile profile) {
    return path().child("host", profile.name());
  }

  /** Builds a {@link Cluster}; obtained from {@link Cluster#named(String)}. */
  public static final class Builder {
    private final String name;
    private final Scope scope;
    private final ClusterObjects kubernetes;
    private final Kubeadm.Part kubeadm;
    private final CloudInit.Part cloudInit;
    private final List<Node> nodes = new ArrayList<>();
    private KubernetesVersion kubernetesVersion;

    private Builder(String name) {
      this.name = name;
      this.scope = Scope.root("cluster", name);
      this.kubernetes = new ClusterObjects(scope);
      this.kubeadm = new Kubeadm.Part(scope);
      this.cloudInit = new CloudInit.Part(scope);
    }

    /**
     * The namespace of that name, created on first use; calling it again returns the same namespace.
     * The Namespace object itself is generated.
     */
    public Namespace.Builder namespace(String name) {
      return kubernetes.namespace(name);
    }

    /** The ClusterRole of that name: permissions across the cluster. Calling it again returns the same one. */
    public ClusterRole.Builder clusterRole(String name) {
      return kubernetes.clusterRole(name);
    }

    /**
     * The ClusterRoleBinding of that name, granting {@code role} across the cluster, such as
     * {@code cluster.clusterRoleBinding("admin-user", ClusterRoleRef.CLUSTER_ADMIN).serviceAccount(adminUser.ref())}.
     */
    public ClusterRoleBinding.Builder clusterRoleBinding(String name, ClusterRoleRef role) {
      return kubernetes.clusterRoleBinding(name, role);
    }

    /** The PriorityClass of that name and value (higher wins); workloads use it with {@code .priorityClass(..)}. */
    public PriorityClass.Builder priorityClass(String name, int value) {
      return kubernetes.priorityClass(name, value);
    }

    /**
     * The StorageClass of that name, whose volumes {@code provisioner} creates (such as
     * {@code example.com/nfs} for the seed's nfs-provisioner). Calling it again with the same name
     * returns the same class; the provisioner must then be the same.
     */
    public StorageClass.Builder storageClass(String name, String provisioner) {
      return kubernetes.storageClass(name, provisioner);
    }

    /**
     * Declares a StorageClass that exists by other means (a CSI driver's chart, the cloud's built-in
     * class) and returns the reference claims name: {@code cluster.external(ExternalStorageClass.named("longhorn"))}.
     * Nothing is written for it; {@code unknown-storage-class} counts it as declared.
     */
    public StorageClassRef external(ExternalStorageClass storageClass) {
      return kubernetes.external(storageClass);
    }

    /**
     * The statically declared PersistentVolume of that name, holding {@code capacity} at {@code source}.
     * Calling it again with the same name returns the same volume (the first call's capacity and source stay).
     */
    public PersistentVolume.Builder persistentVolume(String name, Size capacity, PersistentVolumeSource source) {
      return kubernetes.persistentVolume(name, capacity, source);
    }

    /**
     * Adds a copy of a cluster-scoped fabric8 object, such as a {@code ClusterRole} or a
     * {@code StorageClass}; later changes to {@code resource} do not reach the cluster. Namespaced objects
     * belong to {@code namespace(..).add(..)}.
     */
    public Builder add(HasMetadata resource) {
      kubernetes.add(resource);
      return this;
    }

    /**
     * Adds control-plane nodes (their role becomes {@link NodeRole#CONTROL_PLANE}). The first one is the
     * node {@code kubeadm init} runs on.
     */
    public Builder controlPlane(Node... nodes) {
      return place(NodeRole.CONTROL_PLANE, nodes);
    }

    /** Adds worker nodes (their role becomes {@link NodeRole#WORKER}). */
    public Builder workers(Node... nodes) {
      return place(NodeRole.WORKER, nodes);
    }

    private Builder place(NodeRole role, Node... placed) {
      scope.ensureMutable();
      for (Node node : Arrays.asList(placed)) {
        requireNonNull(node, "node");
        nodes.add(node.placed(role));
      }
      return this;
    }

    /**
     * Sets the Kubernetes release the nodes run, such as {@code "1.31"} (its newest patch) or
     * {@code "1.31.2"}: kubeadm's {@code kubernetesVersion} and the pinned kubelet, kubeadm and kubectl
     * packages. Unset by default. Replaces any previous value.
     */
    public Builder kubernetesVersion(String version) {
      scope.ensureMutable();
      this.kubernetesVersion = KubernetesVersion.of(version);
      return this;
    }

    /**
     * Brings the nodes up with kubeadm, configured by {@code settings}: pod and service subnets, API server
     * flags, bootstrap secrets and escape hatches to every kubeadm, kubelet and kube-proxy field. Calling it
     * again edits the same settings. Without it the cluster gets no kubeadm configuration.
     */
    public Builder kubeadm(Consumer<Kubeadm.Builder> settings) {
      kubeadm.edit(settings);
      return this;
    }

    /**
     * Configures how the nodes are brought up from a bare OS image ({@code cloud-init/<node>.yaml}, or the
     * legacy CoreOS form): the admin user and its SSH keys, extra files, packages and commands. Calling it
     * again edits the same settings. Without it every node still gets its cloud-config, with the defaults.
     */
    public Builder cloudInit(Consumer<CloudInit.Builder> settings) {
      cloudInit.edit(settings);
      return this;
    }

    /** Accepts the problems of check {@code checkId} anywhere in the cluster, for a reason a reviewer can judge. */
    public Builder allow(String checkId, String reason) {
      scope.allow(checkId, reason);
      return this;
    }

    /**
     * Expands every construct, runs the customizers and freezes the cluster. Any later change through
     * a builder of this cluster throws {@link IllegalStateException}.
     */
    public Cluster build() {
      var expansion = kubernetes.expand();
      var ordered = new ArrayList<Node>(nodes.size());
      nodes.stream().filter(Node::isControlPlane).forEach(ordered::add);
      nodes.stream().filter(node -> !node.isControlPlane()).forEach(ordered::add);
      var version = Optional.ofNullable(kubernetesVersion);
      var kubeadmPlan = kubeadm.build(name, version, kubeadmNodes(ordered));
      var cloudInitSettings = cloudInit.build();
      var allowances = new ArrayList<>(scope.freeze());
      allowances.addAll(hostAllowances(ordered));
      var hostFiles = new LinkedHashMap<String, List<HostFile>>();
      ordered.stream().map(Node::profile).filter(Objects::nonNull)
          .forEach(profile -> hostFiles.computeIfAbsent(profile.name(), n -> HostFile.of(profile)));
      var planner = new NodeSetupPlanner(scope.path(), version, kubeadmPlan, cloudInitSettings, hostFiles);
      var setups = ordered.stream().map(planner::setup).toList();
      return new Cluster(name, expansion.namespaces(), expansion.clusterObjects(), expansion.externalStorageClasses(),
          allowances, ordered, version, kubeadmPlan, cloudInitSettings, hostFiles, setups, scope.declarations());
    }

    /** What kubeadm needs of each node: its address, role, registration and container runtime. */
    private List<KubeadmNode> kubeadmNodes(List<Node> nodes) {
      var facts = new ArrayList<KubeadmNode>(nodes.size());
      for (Node node : nodes) {
        var fact = KubeadmNode.of(scope.path().child("node", node.name()), node.name(), node.isControlPlane());
        if (node.address() != null) {
          fact = fact.address(node.address());
        }
        var taints = new ArrayList<io.fabric8.kubernetes.api.model.Taint>(node.taints().size());
        for (dev.kubeforge.k8s.Taint taint : node.taints()) {
          taints.add(new TaintBuilder().withKey(taint.key()).withValue(taint.value().isEmpty() ? null : taint.value())
              .withEffect(taint.effect().value()).build());
        }
        fact = fact.registration(node.labels(), taints);
        if (node.profile() != null) {
          fact = fact.runtime(node.profile().criSocket(), node.profile().kubeletCgroupDriver());
        }
        facts.add(fact);
      }
      return facts;
    }

    /**
     * The allowances made on nodes and host profiles, at their paths: a profile's cover the profile and
     * the profile under every node that uses it.
     */
    private List<Allowance> hostAllowances(List<Node> nodes) {
      var root = scope.path();
      var allowances = new ArrayList<Allowance>();
      var profiles = new LinkedHashMap<String, HostProfile>();
      for (Node node : nodes) {
        var nodePath = root.child("node", node.name());
        node.allowances().forEach((id, reason) -> allowances.add(new Allowance(nodePath, id, reason)));
        if (node.profile() != null) {
          var profile = node.profile();
          profiles.putIfAbsent(profile.name(), profile);
          var path = nodePath.child("host", profile.name());
          profile.allowances().forEach((id, reason) -> allowances.add(new Allowance(path, id, reason)));
        }
      }
      for (HostProfile profile : profiles.values()) {
        var path = root.child("host", profile.name());
        profile.allowances().forEach((id, reason) -> allowances.add(new Allowance(path, id, reason)));
      }
      return allowances;
    }
  }
}
