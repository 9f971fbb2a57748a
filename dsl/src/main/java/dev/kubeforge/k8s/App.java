package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.check.ObjectPath;
import dev.kubeforge.check.Scope;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A stateless application: one Deployment running one container, and a ClusterIP Service in front of its
 * named ports. Labels and the selector are derived from the app's name ({@code app.kubernetes.io/name}).
 *
 * @param name the app's name: the Deployment's, the Service's and the container's
 * @param namespace the namespace the app runs in
 * @param image the container image
 * @param replicas {@code spec.replicas} of the Deployment
 * @param ports the container's named ports, in declaration order
 * @param env the container's environment, in declaration order
 * @param labels extra labels on every object of the app and on its pods, sorted
 */
public record App(
    String name,
    String namespace,
    String image,
    int replicas,
    Map<String, Integer> ports,
    Map<String, String> env,
    SortedMap<String, String> labels) {

  /** The label that ties an app's objects together and selects its pods. */
  public static final String NAME_LABEL = "app.kubernetes.io/name";

  public App {
    ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /** The labels every object and pod of this app carries: the extra labels plus {@link #NAME_LABEL}. */
  public SortedMap<String, String> allLabels() {
    var all = new TreeMap<>(labels);
    all.put(NAME_LABEL, name);
    return all;
  }

  /** The selector of the Deployment and the Service. */
  public SortedMap<String, String> selector() {
    return new TreeMap<>(Map.of(NAME_LABEL, name));
  }

  /** Builds an {@link App}; obtained from {@code namespace.app("name")}. */
  public static final class Builder {
    private final Scope scope;
    private final String name;
    private final String namespace;
    private String image;
    private int replicas = 1;
    private final LinkedHashMap<String, Integer> ports = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> env = new LinkedHashMap<>();
    private final TreeMap<String, String> labels = new TreeMap<>();
    private final List<Consumer<DeploymentBuilder>> deploymentCustomizers = new ArrayList<>();
    private final List<Consumer<ServiceBuilder>> serviceCustomizers = new ArrayList<>();

    Builder(Scope parent, String namespace, String name) {
      this.name = Names.requireDns1123Label("app name", name);
      this.namespace = namespace;
      this.scope = parent.child("app", name);
    }

    /** Sets the container image, such as {@code nginx:1.27}. Required. Replaces any previous value. */
    public Builder image(String image) {
      scope.ensureMutable();
      requireNonNull(image, "image");
      if (image.isBlank() || !image.strip().equals(image)) {
        throw new IllegalArgumentException("image must be a non-blank reference without spaces: '" + image + "'");
      }
      this.image = image;
      return this;
    }

    /** Sets {@code spec.replicas} of the Deployment. Defaults to 1. Replaces any previous value. */
    public Builder replicas(int replicas) {
      scope.ensureMutable();
      if (replicas < 0) {
        throw new IllegalArgumentException("replicas must be >= 0, was " + replicas);
      }
      this.replicas = replicas;
      return this;
    }

    /**
     * Adds a named TCP port to the container and to the Service ({@code port} and {@code targetPort}
     * by name). Names are IANA service names: at most 15 lowercase letters, digits and '-'.
     */
    public Builder port(String name, int number) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      if (name.length() > 15 || !Names.isDns1123Label(name) || name.chars().noneMatch(Character::isLetter)) {
        throw new IllegalArgumentException("port name is not an IANA service name: '" + name
            + "' (lowercase letters, digits and '-', at least one letter, at most 15)");
      }
      if (number < 1 || number > 65535) {
        throw new IllegalArgumentException("port " + name + " must be in 1..65535, was " + number);
      }
      if (ports.putIfAbsent(name, number) != null) {
        throw new IllegalStateException("app " + this.name + " already declares port '" + name + "'");
      }
      return this;
    }

    /** Adds an environment variable to the container ({@code env[]}); order is kept. Replaces a variable of the same name. */
    public Builder env(String name, String value) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      requireNonNull(value, "value");
      env.put(name, value);
      return this;
    }

    /** Adds a label to the app's objects and pods. Replaces a label of the same key. */
    public Builder label(String key, String value) {
      scope.ensureMutable();
      requireNonNull(key, "key");
      requireNonNull(value, "value");
      labels.put(key, value);
      return this;
    }

    /**
     * Changes the expanded Deployment with fabric8's builder, after the app is expanded and before
     * checks run: {@code .customize(d -> d.editSpec().withRevisionHistoryLimit(3).endSpec())}.
     */
    public Builder customize(Consumer<DeploymentBuilder> customizer) {
      scope.ensureMutable();
      deploymentCustomizers.add(requireNonNull(customizer, "customizer"));
      return this;
    }

    /** Changes the expanded Service with fabric8's builder, like {@link #customize}. */
    public Builder customizeService(Consumer<ServiceBuilder> customizer) {
      scope.ensureMutable();
      serviceCustomizers.add(requireNonNull(customizer, "customizer"));
      return this;
    }

    /** Accepts the problems of check {@code checkId} on this app, for a reason a reviewer can judge. */
    public Builder allow(String checkId, String reason) {
      scope.allow(checkId, reason);
      return this;
    }

    /** The app's Service, to take typed port references from. */
    public ServiceHandle service() {
      return new ServiceHandle();
    }

    /** The app's Service as a source of typed {@link ServicePort} references. */
    public final class ServiceHandle {
      private ServiceHandle() {}

      /** A reference to the named port; throws when the app declares no such port. */
      public ServicePort port(String portName) {
        requireNonNull(portName, "portName");
        Integer number = ports.get(portName);
        if (number == null) {
          throw new IllegalArgumentException(
              "app " + name + " declares no port '" + portName + "' (declared: " + ports.keySet() + ")");
        }
        return new ServicePort(namespace, name, portName, number);
      }
    }

    App build() {
      return new App(name, namespace, image, replicas, ports, env, labels);
    }

    ObjectPath path() {
      return scope.path();
    }

    /** Expands the app into its objects, customized. */
    List<KubeObject> expand() {
      var app = build();
      var objects = new ArrayList<KubeObject>(2);
      Deployment deployment = app.deployment();
      if (!deploymentCustomizers.isEmpty()) {
        var builder = new DeploymentBuilder(deployment);
        deploymentCustomizers.forEach(c -> c.accept(builder));
        deployment = builder.build();
      }
      objects.add(new KubeObject(scope.path(), deployment));
      if (!ports.isEmpty()) {
        Service service = app.service();
        if (!serviceCustomizers.isEmpty()) {
          var builder = new ServiceBuilder(service);
          serviceCustomizers.forEach(c -> c.accept(builder));
          service = builder.build();
        }
        objects.add(new KubeObject(scope.path(), service));
      }
      return objects;
    }
  }

  /** The app's Deployment, built with constructors and setters (fabric8 builders are kept off the hot path). */
  Deployment deployment() {
    var container = new Container();
    container.setName(name);
    container.setImage(image);
    var containerPorts = new ArrayList<ContainerPort>(ports.size());
    ports.forEach((portName, number) -> {
      var port = new ContainerPort();
      port.setName(portName);
      port.setContainerPort(number);
      port.setProtocol("TCP");
      containerPorts.add(port);
    });
    container.setPorts(containerPorts);
    var envVars = new ArrayList<EnvVar>(env.size());
    env.forEach((key, value) -> {
      var var = new EnvVar();
      var.setName(key);
      var.setValue(value);
      envVars.add(var);
    });
    container.setEnv(envVars);

    var podSpec = new PodSpec();
    podSpec.setContainers(new ArrayList<>(List.of(container)));
    var template = new PodTemplateSpec();
    template.setMetadata(metadata(null));
    template.setSpec(podSpec);

    var selector = new LabelSelector();
    selector.setMatchLabels(selector());
    var spec = new DeploymentSpec();
    spec.setReplicas(replicas);
    spec.setSelector(selector);
    spec.setTemplate(template);

    var deployment = new Deployment();
    deployment.setMetadata(metadata(namespace));
    deployment.setSpec(spec);
    return deployment;
  }

  /** The app's ClusterIP Service over its named ports. */
  Service service() {
    var servicePorts = new ArrayList<io.fabric8.kubernetes.api.model.ServicePort>(ports.size());
    ports.forEach((portName, number) -> {
      var port = new io.fabric8.kubernetes.api.model.ServicePort();
      port.setName(portName);
      port.setPort(number);
      port.setTargetPort(new IntOrString(portName));
      port.setProtocol("TCP");
      servicePorts.add(port);
    });
    var spec = new ServiceSpec();
    spec.setType("ClusterIP");
    spec.setSelector(selector());
    spec.setPorts(servicePorts);
    var service = new Service();
    service.setMetadata(metadata(namespace));
    service.setSpec(spec);
    return service;
  }

  private ObjectMeta metadata(String objectNamespace) {
    var metadata = new ObjectMeta();
    if (objectNamespace != null) {
      metadata.setName(name);
      metadata.setNamespace(objectNamespace);
    }
    metadata.setLabels(allLabels());
    return metadata;
  }
}
