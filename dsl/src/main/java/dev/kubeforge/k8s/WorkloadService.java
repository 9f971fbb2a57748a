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
 * ports ({@code port} = the container port unless changed; {@code targetPort} by name, or by number for
 * an unnamed port), or only those {@link #exposeOnly(PortRef...)} lists. Its selector is the workload's.
 * It exists when the container declares a port, unless {@link #disable()}d; a {@code statefulApp}'s
 * always exists and is headless. Defaults to type {@code ClusterIP}.
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
  private final TreeMap<Integer, Integer> unnamedServicePorts = new TreeMap<>();
  private final TreeMap<String, Integer> nodePorts = new TreeMap<>();
  private final List<String> externalIps = new ArrayList<>();
  private final Set<String> referenced = new HashSet<>();
  private final Set<Integer> referencedNumbers = new HashSet<>();
  private final List<PortRef> exposed = new ArrayList<>();
  private boolean disabled;
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
   * A reference to the Service's port of that number ({@code ports[].port}), for an Ingress backend by
   * number: {@code app.service().port(80)}. Throws when no port of the container is exposed on that number.
   */
  public ServicePort port(int number) {
    for (var port : workload.declaredPorts()) {
      var serviceNumber = servicePort(port);
      if (serviceNumber == number) {
        referencedNumbers.add(port.number());
        if (port.name() != null) {
          referenced.add(port.name());
        }
        return new ServicePort(workload.namespace(), workload.name(), null, number);
      }
    }
    throw new IllegalArgumentException("Service " + workload.name() + " of " + workload.describe()
        + " exposes no port " + number + " (declared: " + describe(workload.declaredPorts()) + ")");
  }

  /**
   * Exposes only these of the container's ports, by name or number ({@code PortRef.named("http")},
   * {@code PortRef.number(6379)}), in the container's order. Defaults to every declared port. Appends.
   */
  public WorkloadService exposeOnly(PortRef... ports) {
    scope.ensureMutable();
    for (PortRef port : ports) {
      requireNonNull(port, "port");
      if (workload.declaredPorts().stream().noneMatch(declared -> matches(port, declared))) {
        throw new IllegalArgumentException(workload.describe() + " declares no port " + port + " (declared: "
            + describe(workload.declaredPorts()) + ")");
      }
      exposed.add(port);
    }
    return this;
  }

  /**
   * Generates no Service for the workload, although its container declares ports: the pods are reached
   * otherwise (the host network, a Service of another tool) or not at all. A {@code statefulApp}'s
   * Service governs its pods' DNS names and cannot be disabled.
   */
  public WorkloadService disable() {
    scope.ensureMutable();
    if (headlessOnly) {
      throw new IllegalStateException("the Service of " + workload.describe()
          + " governs its pods' DNS names and cannot be disabled");
    }
    this.disabled = true;
    return this;
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

  /**
   * Exposes the unnamed container port {@code containerPort} on another Service port ({@code ports[].port},
   * {@code targetPort: <containerPort>}), such as 80 in front of 8080. Defaults to the container port's
   * number. Replaces any previous value; must be called before a reference to the port is taken.
   */
  public WorkloadService port(int containerPort, int number) {
    scope.ensureMutable();
    if (workload.declaredPorts().stream().noneMatch(p -> p.name() == null && p.number() == containerPort)) {
      throw new IllegalArgumentException(workload.describe() + " declares no unnamed port " + containerPort
          + " (declared: " + describe(workload.declaredPorts()) + ")");
    }
    Ports.requireNumber("service port of " + containerPort, number);
    if (referencedNumbers.contains(containerPort)) {
      throw new IllegalStateException("port " + containerPort + " of Service " + workload.name()
          + " is already referenced; set its number before taking references");
    }
    unnamedServicePorts.put(containerPort, number);
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

  /**
   * Whether the Service is generated: a statefulApp's always is, others' when the container declares a
   * port and the Service is not disabled. Throws when a reference was taken to a Service or port that is
   * not generated.
   */
  boolean exists() {
    if (disabled && !(referenced.isEmpty() && referencedNumbers.isEmpty())) {
      throw new IllegalStateException("Service " + workload.name() + " of " + workload.describe()
          + " is disabled, but a reference to it was taken");
    }
    return headlessOnly || (!disabled && !exposedPorts().isEmpty());
  }

  /** The declared ports the Service exposes, in the container's order. */
  private List<ContainerSettings.DeclaredPort> exposedPorts() {
    var ports = new ArrayList<ContainerSettings.DeclaredPort>();
    for (var declared : workload.declaredPorts()) {
      if (exposed.isEmpty() || exposed.stream().anyMatch(port -> matches(port, declared))) {
        ports.add(declared);
      } else if (referenced.contains(declared.name()) || referencedNumbers.contains(declared.number())) {
        throw new IllegalStateException("port " + declared.describe() + " of Service " + workload.name()
            + " is referenced, but exposeOnly(..) leaves it out");
      }
    }
    return ports;
  }

  KubeObject expand() {
    var ports = new ArrayList<io.fabric8.kubernetes.api.model.ServicePort>();
    var exposedPorts = exposedPorts();
    for (var declared : exposedPorts) {
      if (declared.name() == null && exposedPorts.size() > 1) {
        throw new IllegalStateException("Service " + workload.name() + " of " + workload.describe() + " would expose "
            + exposedPorts.size() + " ports (" + describe(exposedPorts) + "), and port " + declared.number()
            + " has no name; Kubernetes requires a name on every port of a multi-port Service: declare it"
            + " with port(\"<name>\", " + declared.number() + "), or expose one port with"
            + " service(s -> s.exposeOnly(..))");
      }
      var port = new io.fabric8.kubernetes.api.model.ServicePort();
      port.setName(declared.name());
      port.setPort(servicePort(declared));
      port.setTargetPort(declared.name() == null ? new IntOrString(declared.number()) : new IntOrString(declared.name()));
      port.setProtocol(declared.protocol().name());
      port.setNodePort(declared.name() == null ? null : nodePorts.get(declared.name()));
      ports.add(port);
    }
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

  /** The Service port number a declared container port is exposed on. */
  private int servicePort(ContainerSettings.DeclaredPort port) {
    return port.name() == null ? unnamedServicePorts.getOrDefault(port.number(), port.number())
        : servicePorts.getOrDefault(port.name(), port.number());
  }

  private static boolean matches(PortRef port, ContainerSettings.DeclaredPort declared) {
    return port.isNamed() ? port.name().equals(declared.name()) : port.number() == declared.number();
  }

  private static String describe(List<ContainerSettings.DeclaredPort> ports) {
    var parts = new ArrayList<String>();
    ports.forEach(port -> parts.add(port.describe()));
    return parts.isEmpty() ? "none" : String.join(", ", parts);
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
