package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.IpAddress;
import dev.kubeforge.core.Names;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelector;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodReadinessGate;
import io.fabric8.kubernetes.api.model.PodSchedulingGate;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The settings of a workload's pods, shared by every workload: labels, extra containers, service
 * account, scheduling, security and volumes. The container settings inherited from
 * {@link ContainerSettings} set the workload's own container, named after the workload unless
 * {@link #containerName(String)} says otherwise. Maps to the
 * pod template ({@code spec.template}) of the workload.
 *
 * <p>Labels and selectors are derived unless the workload keeps its own: by default every object and pod
 * of a workload carries {@code app.kubernetes.io/name: <workload name>}, and selectors match exactly
 * that; {@link #selector(Labels)} replaces that label with the workload's own, such as the
 * {@code app: redis, tier: backend} of an existing manifest.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 * @param <F> the fabric8 builder of the workload's own object, for {@code customize}
 */
public abstract sealed class PodSettings<B extends PodSettings<B, F>, F> extends ContainerSettings<B>
    permits ServingSettings, JobSettings, StaticPod.Builder {

  /** The label that ties a workload's objects together and selects its pods. */
  public static final String NAME_LABEL = "app.kubernetes.io/name";

  private final Scope scope;
  private final String kind;
  private final String name;
  private final String namespace;
  private final TreeMap<String, String> labels = new TreeMap<>();
  private final TreeMap<String, String> podAnnotations = new TreeMap<>();
  private final LinkedHashMap<String, Container> initContainers = new LinkedHashMap<>();
  private final LinkedHashMap<String, Container> sidecars = new LinkedHashMap<>();
  private final LinkedHashMap<String, VolumeSource> volumes = new LinkedHashMap<>();
  private final LinkedHashMap<String, ClaimTemplateVolume> claimTemplates = new LinkedHashMap<>();
  private final TreeMap<String, String> nodeSelector = new TreeMap<>();
  private final List<Toleration> tolerations = new ArrayList<>();
  private final List<List<NodeRule>> requiredNodeTerms = new ArrayList<>();
  private final List<WeightedNodeTerm> preferredNodeTerms = new ArrayList<>();
  private final List<PodTerm> podAffinity = new ArrayList<>();
  private final List<PodTerm> podAntiAffinity = new ArrayList<>();
  private String serviceAccount;
  private String priorityClass;
  private boolean hostNetwork;
  private boolean hostPid;
  private boolean hostIpc;
  private PodSecurity podSecurity;
  private Boolean automountToken;
  private Boolean serviceLinks;
  private Boolean hostUsers;
  private Boolean shareProcessNamespace;
  private Boolean hostnameAsFqdn;
  private DnsPolicy dnsPolicy;
  private DnsConfig dnsConfig;
  private String hostname;
  private String subdomain;
  private String runtimeClass;
  private String scheduler;
  private Duration terminationGracePeriod;
  private final TreeMap<String, List<String>> hostAliases = new TreeMap<>();
  private final TreeSet<String> imagePullSecrets = new TreeSet<>();
  private final LinkedHashSet<String> readinessGates = new LinkedHashSet<>();
  private final LinkedHashSet<String> schedulingGates = new LinkedHashSet<>();
  private final List<Spread> spreads = new ArrayList<>();
  private Labels selector;
  private boolean referenced;
  private final Customizers<F> customizers;

  PodSettings(Scope namespaceScope, String kind, String namespace, String name) {
    super(namespaceScope.child(kind, Names.requireDns1123Label(kind + " name", name)).child("container", name), name);
    this.scope = namespaceScope.child(kind, name);
    this.kind = kind;
    this.namespace = namespace;
    this.name = name;
    this.customizers = new Customizers<>(scope);
  }

  @Override
  final PodSettings<?, ?> pod() {
    return this;
  }

  @Override
  final Scope allowScope() {
    return scope;
  }

  /**
   * Changes the workload's own expanded object (its Deployment, StatefulSet, DaemonSet, Job, CronJob or
   * Pod) with fabric8's builder, after expansion and before checks run, such as
   * {@code app.customize(d -> d.editSpec().withProgressDeadlineSeconds(120).endSpec())}. Adds to the
   * customizers, which run in order.
   */
  public B customize(Consumer<F> customizer) {
    customizers.add(customizer);
    return self();
  }

  /** {@code object} with the customizers run on it; {@code object} itself, without a builder, when there are none. */
  final <T extends HasMetadata> T customized(T object, Function<T, F> toBuilder, Function<F, T> build) {
    return customizers.apply(object, toBuilder, build);
  }

  /** The workload's scope: its path and lifecycle. */
  final Scope scope() {
    return scope;
  }

  /** The workload's name: its objects' and its pods' prefix, and its own container's unless renamed. */
  final String name() {
    return name;
  }

  final String namespace() {
    return namespace;
  }

  /** How the workload is named in messages: {@code app site}. */
  final String describe() {
    return kind + " " + name;
  }

  final ObjectPath path() {
    return scope.path();
  }

  /**
   * Adds a label to every object of the workload and to its pods ({@code metadata.labels}). Replaces a
   * label of the same key. With the default selector, {@value #NAME_LABEL} is set by the workload and
   * cannot be changed; a label of the {@link #selector(Labels) selector} cannot take another value.
   */
  public B label(String key, String value) {
    scope.ensureMutable();
    Names.requireLabelKey(key);
    Names.requireLabelValue(key, value);
    if (selector == null && key.equals(NAME_LABEL)) {
      throw new IllegalArgumentException(NAME_LABEL + " is derived from the workload's name ('" + name
          + "') and selects its pods; it cannot be set (choose the pods' labels with .selector(Labels.of(..)))");
    }
    if (selector != null && selector.entries().containsKey(key) && !selector.entries().get(key).equals(value)) {
      throw new IllegalArgumentException("label '" + key + "' of " + describe() + " is part of its selector "
          + selector.entries() + "; it cannot be '" + value + "'");
    }
    labels.put(key, value);
    return self();
  }

  /**
   * Sets the labels that select the workload's pods, in place of the derived
   * {@code app.kubernetes.io/name: <workload name>}: the pods and every object of the workload carry them,
   * and the workload's own selector ({@code spec.selector}), its Service, disruption budget, and the
   * network policies and pod affinity that name it through {@link #ref()} select by them. Such as
   * {@code .selector(Labels.of("app", "redis", "tier", "backend"))}. Defaults to the derived label.
   * Replaces any previous value; must be called before {@link #ref()} is taken.
   *
   * @see <a href="https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/">Labels and Selectors</a>
   */
  public B selector(Labels selector) {
    scope.ensureMutable();
    requireNonNull(selector, "selector");
    if (referenced) {
      throw new IllegalStateException(describe() + " is already referenced with ref(); set its selector before"
          + " taking references");
    }
    selector.entries().forEach((key, value) -> {
      var label = labels.get(key);
      if (label != null && !label.equals(value)) {
        throw new IllegalArgumentException("selector " + selector.entries() + " of " + describe()
            + " contradicts its label " + key + "=" + label);
      }
    });
    this.selector = selector;
    return self();
  }

  /**
   * Names the workload's own container ({@code spec.containers[0].name}), such as {@code master} for a
   * workload named {@code redis-leader}. Defaults to the workload's name. Replaces any previous value.
   */
  public B containerName(String containerName) {
    scope.ensureMutable();
    Names.requireDns1123Label("container name", containerName);
    if (initContainers.containsKey(containerName) || sidecars.containsKey(containerName)) {
      throw new IllegalStateException(describe() + " already has a container named '" + containerName + "'");
    }
    rename(containerName);
    return self();
  }

  /**
   * Adds an annotation to the pods ({@code spec.template.metadata.annotations}), such as
   * {@code prometheus.io/scrape}. Replaces an annotation of the same key.
   */
  public B podAnnotation(String key, String value) {
    scope.ensureMutable();
    Names.requireLabelKey(key);
    podAnnotations.put(key, requireNonNull(value, "value"));
    return self();
  }

  /**
   * Adds an init container ({@code spec.initContainers[]}), which runs to completion before the other
   * containers start; init containers run in the order they are added.
   */
  public B initContainer(String name, Consumer<Container> settings) {
    return addContainer(initContainers, "init container", name, false, settings);
  }

  /**
   * Adds a native sidecar: an init container that keeps running ({@code spec.initContainers[]} with
   * {@code restartPolicy: Always}). It starts before the workload's own container, in order with the
   * init containers, and stops after it; it does not keep a Job from completing. Kubernetes 1.29 and later.
   *
   * @see <a href="https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/">Sidecar containers</a>
   */
  public B nativeSidecar(String name, Consumer<Container> settings) {
    return addContainer(initContainers, "init container", name, true, settings);
  }

  /**
   * Adds a sidecar: another container of the pod ({@code spec.containers[]}, after the workload's own),
   * running beside it for the pod's whole life.
   */
  public B sidecar(String name, Consumer<Container> settings) {
    return addContainer(sidecars, "container", name, false, settings);
  }

  /**
   * Runs the pods under that service account ({@code spec.serviceAccountName}). Defaults to the
   * namespace's {@code default} account. Replaces any previous value.
   */
  public B serviceAccount(ServiceAccountRef account) {
    scope.ensureMutable();
    requireNonNull(account, "account");
    requireSameNamespace("ServiceAccount", account.name(), account.namespace());
    this.serviceAccount = account.name();
    return self();
  }

  /**
   * Adds a node label the pods require ({@code spec.nodeSelector}), such as {@code workload=compute}.
   * Replaces a requirement of the same key.
   */
  public B nodeSelector(String key, String value) {
    scope.ensureMutable();
    nodeSelector.put(Names.requireLabelKey(key), Names.requireLabelValue(key, value));
    return self();
  }

  /** Adds a toleration ({@code spec.tolerations[]}), so the pods may run on nodes with matching taints. */
  public B toleration(Toleration toleration) {
    scope.ensureMutable();
    tolerations.add(requireNonNull(toleration, "toleration"));
    return self();
  }

  /**
   * Adds a term of required node affinity: the pods run only on nodes that pass every rule of at least
   * one term ({@code requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[]}).
   */
  public B requireNodes(NodeRule... rules) {
    scope.ensureMutable();
    requiredNodeTerms.add(rules(rules));
    return self();
  }

  /**
   * Adds a term of preferred node affinity with a weight from 1 to 100
   * ({@code preferredDuringSchedulingIgnoredDuringExecution[]}).
   */
  public B preferNodes(int weight, NodeRule... rules) {
    scope.ensureMutable();
    preferredNodeTerms.add(new WeightedNodeTerm(weight(weight), rules(rules)));
    return self();
  }

  /**
   * Schedules the pods only into topology domains where pods of {@code other} run (required pod
   * affinity), such as a cache beside its app: {@code podAffinity(app.ref(), TopologyKey.HOSTNAME)}.
   */
  public B podAffinity(WorkloadRef other, TopologyKey topology) {
    scope.ensureMutable();
    podAffinity.add(new PodTerm(requireNonNull(other, "other"), requireNonNull(topology, "topology"), 0));
    return self();
  }

  /** Keeps the pods out of topology domains where pods of {@code other} run (required pod anti-affinity). */
  public B podAntiAffinity(WorkloadRef other, TopologyKey topology) {
    scope.ensureMutable();
    podAntiAffinity.add(new PodTerm(requireNonNull(other, "other"), requireNonNull(topology, "topology"), 0));
    return self();
  }

  /**
   * Prefers topology domains without pods of {@code other}, with a weight from 1 to 100 (preferred pod
   * anti-affinity).
   */
  public B preferPodAntiAffinity(int weight, WorkloadRef other, TopologyKey topology) {
    scope.ensureMutable();
    podAntiAffinity.add(new PodTerm(requireNonNull(other, "other"), requireNonNull(topology, "topology"),
        weight(weight)));
    return self();
  }

  /**
   * Runs at most one of the workload's own pods per topology domain, such as one per node with
   * {@link TopologyKey#HOSTNAME} (required anti-affinity to itself).
   */
  public B onePodPer(TopologyKey topology) {
    return podAntiAffinity(ref(), topology);
  }

  /**
   * Sets {@code spec.priorityClassName}: a class declared with {@code cluster.priorityClass(..)} or a
   * built-in one. Defaults to none (the cluster's default class). Replaces any previous value.
   */
  public B priorityClass(PriorityClassRef priorityClass) {
    scope.ensureMutable();
    this.priorityClass = requireNonNull(priorityClass, "priorityClass").priorityClassName();
    return self();
  }

  /**
   * Runs the pods in the node's network namespace ({@code spec.hostNetwork: true}): their ports are the
   * node's. Reported by the {@code host-network} warning. Defaults to false.
   */
  public B hostNetwork() {
    scope.ensureMutable();
    this.hostNetwork = true;
    return self();
  }

  /**
   * Runs the pods in the node's process namespace ({@code spec.hostPID: true}): they see and can signal
   * every process of the node, as node agents and debuggers need. Defaults to false.
   */
  public B hostPid() {
    scope.ensureMutable();
    this.hostPid = true;
    return self();
  }

  /**
   * Runs the pods in the node's IPC namespace ({@code spec.hostIPC: true}): they share System V IPC and
   * POSIX message queues with the node's processes. Defaults to false.
   */
  public B hostIpc() {
    scope.ensureMutable();
    this.hostIpc = true;
    return self();
  }

  /** Sets the pod's {@code spec.securityContext}. Defaults to none. Replaces any previous value. */
  public B podSecurity(PodSecurity security) {
    scope.ensureMutable();
    this.podSecurity = requireNonNull(security, "security");
    return self();
  }

  /**
   * Does not mount the service account's API token into the pods
   * ({@code spec.automountServiceAccountToken: false}), for pods that never call the API server.
   * Defaults to mounting it.
   */
  public B noServiceAccountToken() {
    scope.ensureMutable();
    this.automountToken = false;
    return self();
  }

  /**
   * Leaves out the {@code <SERVICE>_SERVICE_HOST}/{@code _PORT} variables of every Service of the namespace
   * ({@code spec.enableServiceLinks: false}), which can clash with an image's own variables. Defaults to
   * Kubernetes' {@code true}.
   */
  public B noServiceLinks() {
    scope.ensureMutable();
    this.serviceLinks = false;
    return self();
  }

  /**
   * Runs the pods in their own user namespace ({@code spec.hostUsers: false}): root in the container is
   * an unprivileged user on the node. Needs a runtime and kernel with user namespace support. Defaults to
   * the node's user namespace.
   *
   * @see <a href="https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/">User namespaces</a>
   */
  public B userNamespace() {
    scope.ensureMutable();
    this.hostUsers = false;
    return self();
  }

  /**
   * Lets the pod's containers see and signal each other's processes ({@code spec.shareProcessNamespace:
   * true}), as a debugging or reloading sidecar needs. Defaults to false.
   */
  public B shareProcessNamespace() {
    scope.ensureMutable();
    this.shareProcessNamespace = true;
    return self();
  }

  /** Sets {@code spec.dnsPolicy}. Defaults to Kubernetes' {@code ClusterFirst}. Replaces any previous value. */
  public B dnsPolicy(DnsPolicy policy) {
    scope.ensureMutable();
    this.dnsPolicy = requireNonNull(policy, "policy");
    return self();
  }

  /**
   * Sets {@code spec.dnsConfig}: nameservers, search domains and resolver options added to what the DNS
   * policy gives. Defaults to none. Replaces any previous value.
   */
  public B dnsConfig(DnsConfig config) {
    scope.ensureMutable();
    this.dnsConfig = requireNonNull(config, "config");
    return self();
  }

  /**
   * Adds lines to the pods' {@code /etc/hosts} ({@code spec.hostAliases[]}): {@code hostAlias(IpAddress
   * .parse("10.0.0.5"), "nas.lan")}. Adds to the names of an address given before.
   */
  public B hostAlias(IpAddress address, String... hostnames) {
    scope.ensureMutable();
    requireNonNull(address, "address");
    if (hostnames.length == 0) {
      throw new IllegalArgumentException("a host alias of " + address + " needs at least one hostname");
    }
    for (String hostname : hostnames) {
      Names.requireDns1123Subdomain("host alias hostname", hostname);
    }
    hostAliases.computeIfAbsent(address.toString(), a -> new ArrayList<>()).addAll(List.of(hostnames));
    return self();
  }

  /**
   * Sets the pods' host name ({@code spec.hostname}), a DNS-1123 label. Defaults to the pod's name.
   * Replaces any previous value.
   */
  public B hostname(String hostname) {
    scope.ensureMutable();
    this.hostname = Names.requireDns1123Label("hostname", hostname);
    return self();
  }

  /**
   * Sets {@code spec.subdomain}: with a headless Service of that name the pods resolve as
   * {@code <hostname>.<subdomain>.<namespace>.svc}. Defaults to none. Replaces any previous value.
   */
  public B subdomain(String subdomain) {
    scope.ensureMutable();
    this.subdomain = Names.requireDns1123Label("subdomain", subdomain);
    return self();
  }

  /**
   * Makes the pods' host name their fully qualified domain name ({@code spec.setHostnameAsFQDN: true});
   * needs {@link #subdomain(String)}. Defaults to the short name.
   */
  public B hostnameAsFqdn() {
    scope.ensureMutable();
    this.hostnameAsFqdn = true;
    return self();
  }

  /**
   * Pulls the images with the credentials of that Secret, of type {@code kubernetes.io/dockerconfigjson}
   * ({@code spec.imagePullSecrets[]}). Adds to the list.
   */
  public B imagePullSecret(SecretRef secret) {
    scope.ensureMutable();
    requireNonNull(secret, "secret");
    requireSameNamespace("Secret", secret.name(), secret.namespace());
    imagePullSecrets.add(secret.name());
    return self();
  }

  /**
   * Adds a condition the pods must also have to be ready ({@code spec.readinessGates[].conditionType}),
   * set by a controller such as a load balancer's, like {@code target-health.elbv2.k8s.aws/site}.
   */
  public B readinessGate(String conditionType) {
    scope.ensureMutable();
    readinessGates.add(Names.requireQualifiedName("readiness gate condition type", conditionType));
    return self();
  }

  /**
   * Adds a gate the scheduler waits for ({@code spec.schedulingGates[].name}): the pods stay pending until
   * a controller removes it.
   */
  public B schedulingGate(String name) {
    scope.ensureMutable();
    schedulingGates.add(Names.requireQualifiedName("scheduling gate", name));
    return self();
  }

  /**
   * Runs the pods with that RuntimeClass ({@code spec.runtimeClassName}), such as {@code gvisor} or
   * {@code nvidia}: a runtime handler the nodes' containerd declares. Defaults to the runtime's default
   * handler. Replaces any previous value.
   */
  public B runtimeClass(String name) {
    scope.ensureMutable();
    this.runtimeClass = Names.requireDns1123Subdomain("runtime class", name);
    return self();
  }

  /** Schedules the pods with another scheduler ({@code spec.schedulerName}). Defaults to {@code default-scheduler}. */
  public B scheduler(String name) {
    scope.ensureMutable();
    this.scheduler = Names.requireDns1123Subdomain("scheduler name", name);
    return self();
  }

  /**
   * Sets {@code spec.terminationGracePeriodSeconds}: how long the containers have to stop after
   * {@code SIGTERM} before they are killed. Whole seconds. Defaults to Kubernetes' 30s. Replaces any
   * previous value.
   */
  public B terminationGracePeriod(Duration period) {
    scope.ensureMutable();
    requireNonNull(period, "period");
    if (period.isNegative() || period.getNano() != 0) {
      throw new IllegalArgumentException("terminationGracePeriod must be whole seconds, at least 0s, was " + period);
    }
    this.terminationGracePeriod = period;
    return self();
  }

  /**
   * Spreads the workload's own pods across topology domains, at most {@code maxSkew} more in one domain
   * than in another, and leaves a pod pending rather than break that ({@code spec.topologySpreadConstraints[]},
   * {@code whenUnsatisfiable: DoNotSchedule}).
   *
   * @see <a href="https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/">Topology spread</a>
   */
  public B spreadAcross(TopologyKey topology, int maxSkew) {
    return spread(topology, maxSkew, "DoNotSchedule");
  }

  /** As {@link #spreadAcross}, but schedules a pod anyway when it cannot ({@code whenUnsatisfiable: ScheduleAnyway}). */
  public B preferSpreadAcross(TopologyKey topology, int maxSkew) {
    return spread(topology, maxSkew, "ScheduleAnyway");
  }

  private B spread(TopologyKey topology, int maxSkew, String whenUnsatisfiable) {
    scope.ensureMutable();
    requireNonNull(topology, "topology");
    if (maxSkew < 1) {
      throw new IllegalArgumentException("maxSkew must be >= 1, was " + maxSkew);
    }
    spreads.add(new Spread(topology, maxSkew, whenUnsatisfiable));
    return self();
  }

  /** Whether the pods are created through the API server, so they can use its objects; static pods are not. */
  boolean usesApiServer() {
    return true;
  }

  /** Whether claim templates may be mounted; only a StatefulSet's pods have them. */
  boolean acceptsClaimTemplates() {
    return false;
  }

  /** {@code spec.restartPolicy}, or {@code null} to leave Kubernetes' default ({@code Always}). */
  String restartPolicy() {
    return null;
  }

  final void requireSameNamespace(String kind, String objectName, String objectNamespace) {
    if (!usesApiServer()) {
      throw new IllegalArgumentException(describe() + " cannot use " + kind + " " + objectName
          + ": the kubelet runs static pods without the API server");
    }
    if (!namespace.equals(objectNamespace)) {
      throw new IllegalArgumentException(kind + " " + objectName + " is in namespace " + objectNamespace
          + ", but " + describe() + " runs in namespace " + namespace + "; pods use their own namespace's");
    }
  }

  final void addVolume(VolumeSource source) {
    scope.ensureMutable();
    var volumeName = source.volumeName();
    if (source instanceof ClaimTemplateVolume template) {
      if (!acceptsClaimTemplates()) {
        throw new IllegalArgumentException("volume claim template '" + volumeName + "' can only be mounted in a"
            + " statefulApp, not in " + describe());
      }
      claimTemplates.putIfAbsent(volumeName, template);
    } else if (source instanceof ObjectVolume object) {
      requireSameNamespace("volume source", volumeName, object.namespace());
    } else if (source instanceof ProjectedVolume projected) {
      projected.sources().forEach(projection -> {
        if (projection instanceof KeyVolume keys) {
          requireSameNamespace(keys.kind(), keys.name(), keys.namespace());
        }
      });
    } else if (source instanceof CsiVolume csi && csi.nodePublishSecret() != null) {
      requireSameNamespace("Secret", csi.nodePublishSecret().name(), csi.nodePublishSecret().namespace());
    }
    var previous = volumes.putIfAbsent(volumeName, source);
    if (previous != null && !previous.equals(source)) {
      throw new IllegalArgumentException(describe() + " already has another volume named '" + volumeName
          + "': " + previous + "; give each source its own name");
    }
  }

  /** The labels of every object and pod of the workload, its selector's included, sorted. */
  final SortedMap<String, String> labels() {
    var all = new TreeMap<>(labels);
    all.putAll(selector());
    return all;
  }

  /** The selector of the workload's pods: its own, or {@value #NAME_LABEL} set to its name. */
  final SortedMap<String, String> selector() {
    return selector != null ? new TreeMap<>(selector.entries()) : new TreeMap<>(Map.of(NAME_LABEL, name));
  }

  final LabelSelector labelSelector() {
    return ref().labelSelector();
  }

  /**
   * A typed reference to the workload's pods, for network policies ({@code NetworkPeer.podsOf(..)},
   * {@code appliesTo(..)}) and pod affinity of other workloads.
   */
  public final WorkloadRef ref() {
    referenced = true;
    return new WorkloadRef(kind, namespace, name, selector());
  }

  /** Metadata of one of the workload's objects, named {@code objectName}. */
  final ObjectMeta metadata(String objectName) {
    var metadata = new ObjectMeta();
    metadata.setName(objectName);
    metadata.setNamespace(namespace);
    metadata.setLabels(labels());
    return metadata;
  }

  final List<ClaimTemplateVolume> claimTemplates() {
    return List.copyOf(claimTemplates.values());
  }

  /** The pod template, built with setters. */
  final PodTemplateSpec podTemplate() {
    var metadata = new ObjectMeta();
    metadata.setLabels(labels());
    if (!podAnnotations.isEmpty()) {
      metadata.setAnnotations(new TreeMap<>(podAnnotations));
    }
    var template = new PodTemplateSpec();
    template.setMetadata(metadata);
    template.setSpec(podSpec());
    return template;
  }

  final PodSpec podSpec() {
    var spec = new PodSpec();
    var init = new ArrayList<io.fabric8.kubernetes.api.model.Container>(initContainers.size());
    initContainers.values().forEach(c -> init.add(c.expandContainer()));
    spec.setInitContainers(init);
    var containers = new ArrayList<io.fabric8.kubernetes.api.model.Container>(1 + sidecars.size());
    containers.add(expandContainer());
    sidecars.values().forEach(c -> containers.add(c.expandContainer()));
    spec.setContainers(containers);
    spec.setServiceAccountName(serviceAccount);
    if (!nodeSelector.isEmpty()) {
      spec.setNodeSelector(new TreeMap<>(nodeSelector));
    }
    var expandedTolerations = new ArrayList<io.fabric8.kubernetes.api.model.Toleration>(tolerations.size());
    tolerations.forEach(t -> expandedTolerations.add(t.expand()));
    spec.setTolerations(expandedTolerations);
    spec.setAffinity(affinity());
    spec.setPriorityClassName(priorityClass);
    if (hostNetwork) {
      spec.setHostNetwork(true);
    }
    if (hostPid) {
      spec.setHostPID(true);
    }
    if (hostIpc) {
      spec.setHostIPC(true);
    }
    if (podSecurity != null) {
      spec.setSecurityContext(podSecurity.expand());
    }
    spec.setAutomountServiceAccountToken(automountToken);
    spec.setEnableServiceLinks(serviceLinks);
    spec.setHostUsers(hostUsers);
    spec.setShareProcessNamespace(shareProcessNamespace);
    spec.setSetHostnameAsFQDN(hostnameAsFqdn);
    spec.setDnsPolicy(dnsPolicy == null ? null : dnsPolicy.value());
    spec.setDnsConfig(dnsConfig == null ? null : dnsConfig.expand());
    spec.setHostname(hostname);
    spec.setSubdomain(subdomain);
    spec.setRuntimeClassName(runtimeClass);
    spec.setSchedulerName(scheduler);
    spec.setTerminationGracePeriodSeconds(terminationGracePeriod == null ? null : terminationGracePeriod.getSeconds());
    var aliases = new ArrayList<HostAlias>(hostAliases.size());
    hostAliases.forEach((ip, names) -> aliases.add(new HostAlias(new ArrayList<>(names), ip)));
    spec.setHostAliases(aliases);
    var pullSecrets = new ArrayList<LocalObjectReference>(imagePullSecrets.size());
    imagePullSecrets.forEach(secret -> pullSecrets.add(new LocalObjectReference(secret)));
    spec.setImagePullSecrets(pullSecrets);
    var gates = new ArrayList<PodReadinessGate>(readinessGates.size());
    readinessGates.forEach(condition -> gates.add(new PodReadinessGate(condition)));
    spec.setReadinessGates(gates);
    var scheduling = new ArrayList<PodSchedulingGate>(schedulingGates.size());
    schedulingGates.forEach(gate -> scheduling.add(new PodSchedulingGate(gate)));
    spec.setSchedulingGates(scheduling);
    var constraints = new ArrayList<TopologySpreadConstraint>(spreads.size());
    spreads.forEach(spread -> {
      var constraint = new TopologySpreadConstraint();
      constraint.setTopologyKey(spread.topology.label());
      constraint.setMaxSkew(spread.maxSkew);
      constraint.setWhenUnsatisfiable(spread.whenUnsatisfiable);
      constraint.setLabelSelector(labelSelector());
      constraints.add(constraint);
    });
    spec.setTopologySpreadConstraints(constraints);
    spec.setRestartPolicy(restartPolicy());
    var podVolumes = new ArrayList<Volume>(volumes.size());
    volumes.values().forEach(source -> {
      if (source instanceof ClaimTemplateVolume) {
        return; // the StatefulSet makes a claim per pod; the pod spec names no volume for it
      }
      var volume = new Volume();
      volume.setName(source.volumeName());
      if (source instanceof EmptyDir emptyDir) {
        emptyDir.describe(volume);
      } else if (source instanceof HostPath hostPath) {
        hostPath.describe(volume);
      } else if (source instanceof NfsVolume nfs) {
        nfs.describe(volume);
      } else if (source instanceof ObjectVolume object) {
        object.describe(volume);
      } else if (source instanceof CsiVolume csi) {
        csi.describe(volume);
      } else if (source instanceof DownwardApiVolume downward) {
        downward.describe(volume);
      } else if (source instanceof ProjectedVolume projected) {
        projected.describe(volume);
      } else if (source instanceof EphemeralVolume ephemeral) {
        ephemeral.describe(volume);
      } else if (source instanceof ImageVolume image) {
        image.describe(volume);
      } else {
        throw new AssertionError("unhandled volume source " + source);
      }
      podVolumes.add(volume);
    });
    spec.setVolumes(podVolumes);
    return spec;
  }

  private Affinity affinity() {
    if (requiredNodeTerms.isEmpty() && preferredNodeTerms.isEmpty() && podAffinity.isEmpty()
        && podAntiAffinity.isEmpty()) {
      return null;
    }
    var affinity = new Affinity();
    if (!requiredNodeTerms.isEmpty() || !preferredNodeTerms.isEmpty()) {
      var node = new NodeAffinity();
      if (!requiredNodeTerms.isEmpty()) {
        var selector = new NodeSelector();
        var terms = new ArrayList<NodeSelectorTerm>(requiredNodeTerms.size());
        requiredNodeTerms.forEach(rules -> terms.add(nodeTerm(rules)));
        selector.setNodeSelectorTerms(terms);
        node.setRequiredDuringSchedulingIgnoredDuringExecution(selector);
      }
      var preferred = new ArrayList<PreferredSchedulingTerm>(preferredNodeTerms.size());
      preferredNodeTerms.forEach(term -> {
        var weighted = new PreferredSchedulingTerm();
        weighted.setWeight(term.weight);
        weighted.setPreference(nodeTerm(term.rules));
        preferred.add(weighted);
      });
      node.setPreferredDuringSchedulingIgnoredDuringExecution(preferred);
      affinity.setNodeAffinity(node);
    }
    if (!podAffinity.isEmpty()) {
      var pod = new io.fabric8.kubernetes.api.model.PodAffinity();
      pod.setRequiredDuringSchedulingIgnoredDuringExecution(podTerms(podAffinity, false));
      pod.setPreferredDuringSchedulingIgnoredDuringExecution(weightedPodTerms(podAffinity));
      affinity.setPodAffinity(pod);
    }
    if (!podAntiAffinity.isEmpty()) {
      var anti = new io.fabric8.kubernetes.api.model.PodAntiAffinity();
      anti.setRequiredDuringSchedulingIgnoredDuringExecution(podTerms(podAntiAffinity, false));
      anti.setPreferredDuringSchedulingIgnoredDuringExecution(weightedPodTerms(podAntiAffinity));
      affinity.setPodAntiAffinity(anti);
    }
    return affinity;
  }

  private List<PodAffinityTerm> podTerms(List<PodTerm> terms, boolean weighted) {
    var list = new ArrayList<PodAffinityTerm>();
    for (PodTerm term : terms) {
      if ((term.weight > 0) == weighted) {
        list.add(podTerm(term));
      }
    }
    return list;
  }

  private List<WeightedPodAffinityTerm> weightedPodTerms(List<PodTerm> terms) {
    var list = new ArrayList<WeightedPodAffinityTerm>();
    for (PodTerm term : terms) {
      if (term.weight > 0) {
        var weighted = new WeightedPodAffinityTerm();
        weighted.setWeight(term.weight);
        weighted.setPodAffinityTerm(podTerm(term));
        list.add(weighted);
      }
    }
    return list;
  }

  private PodAffinityTerm podTerm(PodTerm term) {
    var podTerm = new PodAffinityTerm();
    podTerm.setLabelSelector(term.other.labelSelector());
    podTerm.setTopologyKey(term.topology.label());
    if (!term.other.namespace().equals(namespace)) {
      podTerm.setNamespaces(new ArrayList<>(List.of(term.other.namespace())));
    }
    return podTerm;
  }

  private static NodeSelectorTerm nodeTerm(List<NodeRule> rules) {
    var term = new NodeSelectorTerm();
    var expressions = new ArrayList<io.fabric8.kubernetes.api.model.NodeSelectorRequirement>(rules.size());
    rules.forEach(rule -> expressions.add(rule.expand()));
    term.setMatchExpressions(expressions);
    return term;
  }

  private B addContainer(LinkedHashMap<String, Container> into, String what, String containerName,
      boolean restartable, Consumer<Container> settings) {
    scope.ensureMutable();
    Names.requireDns1123Label(what + " name", containerName);
    requireNonNull(settings, "settings");
    if (containerName.equals(containerName()) || initContainers.containsKey(containerName)
        || sidecars.containsKey(containerName)) {
      throw new IllegalStateException(describe() + " already has a container named '" + containerName + "'");
    }
    var container = new Container(this, scope.child(what, containerName), containerName, restartable);
    into.put(containerName, container);
    settings.accept(container);
    return self();
  }

  private static List<NodeRule> rules(NodeRule... rules) {
    if (rules.length == 0) {
      throw new IllegalArgumentException("a node affinity term needs at least one rule");
    }
    var list = List.of(rules);
    return list;
  }

  private static int weight(int weight) {
    if (weight < 1 || weight > 100) {
      throw new IllegalArgumentException("an affinity weight must be in 1..100, was " + weight);
    }
    return weight;
  }

  private record Spread(TopologyKey topology, int maxSkew, String whenUnsatisfiable) {}

  private record WeightedNodeTerm(int weight, List<NodeRule> rules) {}

  /** A pod (anti-)affinity term; weight 0 means required. */
  private record PodTerm(WorkloadRef other, TopologyKey topology, int weight) {}
}
