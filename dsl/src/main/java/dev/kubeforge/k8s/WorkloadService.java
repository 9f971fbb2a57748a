package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Service in front of a workload's pods, named after the workload, exposing its own container's
 * named ports ({@code port} = the container port unless changed, {@code targetPort} by name). Its
 * selector is derived from the workload. It exists when the container declares a port; a
 * {@code statefulApp}'s always exists and is headless. Defaults to type {@code ClusterIP}.
 *
 * <p>Also the source of typed {@link ServicePort} references: {@code app.service().port("http")}.
 */
public final class WorkloadService {

  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

  private enum Type { CLUSTER_IP, HEADLESS, NODE_PORT, LOAD_BALANCER }

  private final ServingSettings<?, ?> workload;
  private final Scope scope;
  private final boolean headlessOnly;
  private Type type;
  private final TreeMap<String, Integer> servicePorts = new TreeMap<>();
  private final TreeMap<String, Integer> nodePorts = new TreeMap<>();
  private final List<String> externalIps = new ArrayList<>();
  private final Set<String> referenced = new HashSet<>();
  private final Customizers<ServiceBuilder> customizers;

  WorkloadService(ServingSettings<?, ?> workload, boolean headlessOnly) {
    this.workload = workload;
    this.scope = workload.scope().child("service", workload.name());
    this.headlessOnly = headlessOnly;
    this.type = headlessOnly ? Type.HEADLESS : Type.CLUSTER_IP;
    this.customizers = new Customizers<>(scope);
  }

  /**
   * A reference to the Service's port of that name, for an Ingress backend or a client's configuration.
   * Throws when the workload's container declares no such port.
   */
  public ServicePort port(String portName) {
    requireNonNull(portName, "portName");
    var number = requireDeclared(portName);
    referenced.add(portName);
    return new ServicePort(workload.namespace(), workload.name(), portName, servicePorts.getOrDefault(portName, number));
  }

  /**
   * Exposes the container port {@code portName} on another Service port ({@code ports[].port}), such as
   * 80 in front of 8080. Defaults to the container port's number. Replaces any previous value; must be
   * called before a reference to the port is taken.
   */
  public WorkloadService port(String portName, int number) {
    scope.ensureMutable();
    requireNonNull(portName, "portName");
    requireDeclared(portName);
    Ports.requireNumber("service port " + portName, number);
    if (referenced.contains(portName)) {
      throw new IllegalStateException("port '" + portName + "' of Service " + workload.name()
          + " is already referenced; set its number before taking references");
    }
    servicePorts.put(portName, number);
    return this;
  }

  /** Makes the Service a {@code ClusterIP} Service, reachable inside the cluster only. The default. */
  public WorkloadService clusterIp() {
    return type(Type.CLUSTER_IP);
  }

  /**
   * Makes the Service headless ({@code clusterIP: None}): DNS returns the pods' addresses, and there is
   * no load balancing.
   */
  public WorkloadService headless() {
    return type(Type.HEADLESS);
  }

  /**
   * Makes the Service a {@code NodePort} Service: each port is also opened on every node, at a number
   * the cluster picks unless {@link #nodePort(String, int)} fixes it.
   */
  public WorkloadService nodePort() {
    return type(Type.NODE_PORT);
  }

  /**
   * Makes the Service a {@code NodePort} Service and opens port {@code portName} at {@code nodePort} on
   * every node ({@code ports[].nodePort}), which must be in the cluster's node port range (checked by
   * {@code nodeport-out-of-range}). Replaces a previous number for that port.
   */
  public WorkloadService nodePort(String portName, int nodePort) {
    scope.ensureMutable();
    requireNonNull(portName, "portName");
    requireDeclared(portName);
    Ports.requireNumber("node port of " + portName, nodePort);
    if (type != Type.LOAD_BALANCER) {
      type(Type.NODE_PORT);
    }
    nodePorts.put(portName, nodePort);
    return this;
  }

  /** Makes the Service a {@code LoadBalancer} Service, which the cloud (or MetalLB) gives an external address. */
  public WorkloadService loadBalancer() {
    return type(Type.LOAD_BALANCER);
  }

  /**
   * Adds addresses on which the nodes also accept the Service's ports ({@code externalIPs}), such as
   * the address of an outside load balancer. Appends.
   */
  public WorkloadService externalIps(String... addresses) {
    scope.ensureMutable();
    for (String address : addresses) {
      requireNonNull(address, "address");
      if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
        throw new IllegalArgumentException("not an IP address: '" + address + "'");
      }
      if (type == Type.HEADLESS) {
        throw new IllegalStateException("a headless Service has no external IPs: Service " + workload.name());
      }
      externalIps.add(address);
    }
    return this;
  }

  /** Changes the expanded Service with fabric8's builder, after expansion and before checks run. */
  public WorkloadService customize(Consumer<ServiceBuilder> customizer) {
    customizers.add(customizer);
    return this;
  }

  /** Accepts the problems of check {@code checkId} on the Service, for a reason a reviewer can judge. */
  public WorkloadService allow(String checkId, String reason) {
    scope.allow(checkId, reason);
    return this;
  }

  /** Whether the Service is generated: a statefulApp's always is, others' when the container declares a port. */
  boolean exists() {
    return headlessOnly || !workload.portNumbers().isEmpty();
  }

  KubeObject expand() {
    var ports = new ArrayList<io.fabric8.kubernetes.api.model.ServicePort>();
    workload.portNumbers().forEach((portName, number) -> {
      var port = new io.fabric8.kubernetes.api.model.ServicePort();
      port.setName(portName);
      port.setPort(servicePorts.getOrDefault(portName, number));
      port.setTargetPort(new IntOrString(portName));
      port.setProtocol(workload.protocol(portName).name());
      port.setNodePort(nodePorts.get(portName));
      ports.add(port);
    });
    var spec = new ServiceSpec();
    spec.setType(type == Type.HEADLESS ? "ClusterIP" : type == Type.NODE_PORT ? "NodePort"
        : type == Type.LOAD_BALANCER ? "LoadBalancer" : "ClusterIP");
    if (type == Type.HEADLESS) {
      spec.setClusterIP("None");
    }
    spec.setSelector(workload.selector());
    spec.setPorts(ports);
    spec.setExternalIPs(new ArrayList<>(externalIps));
    var service = new Service();
    service.setMetadata(workload.metadata(workload.name()));
    service.setSpec(spec);
    service = customizers.apply(service, ServiceBuilder::new, ServiceBuilder::build);
    return new KubeObject(scope.path(), service);
  }

  private int requireDeclared(String portName) {
    Integer number = workload.portNumbers().get(portName);
    if (number == null) {
      throw new IllegalArgumentException(workload.describe() + " declares no port '" + portName
          + "' (declared: " + workload.portNumbers().keySet() + ")");
    }
    return number;
  }

  private WorkloadService type(Type type) {
    scope.ensureMutable();
    if (headlessOnly && type != Type.HEADLESS) {
      throw new IllegalStateException("the Service of " + workload.describe()
          + " governs its pods' DNS names and stays headless");
    }
    if (type == Type.HEADLESS && (!nodePorts.isEmpty() || !externalIps.isEmpty())) {
      throw new IllegalStateException("Service " + workload.name() + " has node ports or external IPs, so it cannot"
          + " be headless");
    }
    if ((type == Type.CLUSTER_IP) && !nodePorts.isEmpty()) {
      throw new IllegalStateException("Service " + workload.name() + " has node ports, so it cannot be ClusterIP");
    }
    this.type = type;
    return this;
  }
}
