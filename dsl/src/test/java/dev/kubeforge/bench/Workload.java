package dev.kubeforge.bench;

import dev.kubeforge.Cluster;
import dev.kubeforge.ClusterDefinition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressRuleValue;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark workload W(N) of PERFORMANCE.md: N apps, each a Deployment (2 replicas, probes, resources,
 * 3 env vars, rolling update), a Service, an Ingress with TLS and basic-auth annotations, and a ConfigMap.
 * Objects are made with constructors and setters, as the DSL's expansion makes them.
 */
public final class Workload implements ClusterDefinition {

  private final int apps;

  public Workload(int apps) {
    this.apps = apps;
  }

  @Override
  public Cluster define() {
    var cluster = Cluster.named("bench");
    var namespace = cluster.namespace("apps");
    for (int i = 0; i < apps; i++) {
      var name = "app-" + i;
      namespace.add(deployment(name));
      namespace.add(service(name));
      namespace.add(ingress(name));
      namespace.add(configMap(name));
    }
    return cluster.build();
  }

  private static Map<String, String> labels(String name) {
    var labels = new TreeMap<String, String>();
    labels.put("app.kubernetes.io/name", name);
    labels.put("app.kubernetes.io/part-of", "bench");
    return labels;
  }

  private static ObjectMeta metadata(String name) {
    var metadata = new ObjectMeta();
    metadata.setName(name);
    metadata.setNamespace("apps");
    metadata.setLabels(labels(name));
    return metadata;
  }

  private static Deployment deployment(String name) {
    var container = new Container();
    container.setName(name);
    container.setImage("registry.example.com/team/" + name + ":1.4.2");
    var port = new ContainerPort();
    port.setName("http");
    port.setContainerPort(8080);
    port.setProtocol("TCP");
    container.setPorts(new ArrayList<>(List.of(port)));
    var env = new ArrayList<EnvVar>();
    env.add(new EnvVar("JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC", null));
    env.add(new EnvVar("LOG_LEVEL", "info", null));
    env.add(new EnvVar("FEATURE_FLAGS", "a,b,c", null));
    container.setEnv(env);
    var resources = new ResourceRequirements();
    resources.setRequests(new TreeMap<>(Map.of("cpu", new Quantity("100m"), "memory", new Quantity("128Mi"))));
    resources.setLimits(new TreeMap<>(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("256Mi"))));
    container.setResources(resources);
    container.setReadinessProbe(probe("/ready", 5));
    container.setLivenessProbe(probe("/healthz", 15));

    var podSpec = new PodSpec();
    podSpec.setContainers(new ArrayList<>(List.of(container)));
    var template = new PodTemplateSpec();
    var podMetadata = new ObjectMeta();
    podMetadata.setLabels(labels(name));
    template.setMetadata(podMetadata);
    template.setSpec(podSpec);

    var rollingUpdate = new RollingUpdateDeployment();
    rollingUpdate.setMaxSurge(new IntOrString("25%"));
    rollingUpdate.setMaxUnavailable(new IntOrString(0));
    var strategy = new DeploymentStrategy();
    strategy.setType("RollingUpdate");
    strategy.setRollingUpdate(rollingUpdate);
    var selector = new LabelSelector();
    selector.setMatchLabels(new TreeMap<>(Map.of("app.kubernetes.io/name", name)));
    var spec = new DeploymentSpec();
    spec.setReplicas(2);
    spec.setSelector(selector);
    spec.setStrategy(strategy);
    spec.setTemplate(template);
    var deployment = new Deployment();
    deployment.setMetadata(metadata(name));
    deployment.setSpec(spec);
    return deployment;
  }

  private static Probe probe(String path, int delay) {
    var get = new HTTPGetAction();
    get.setPath(path);
    get.setPort(new IntOrString("http"));
    var probe = new Probe();
    probe.setHttpGet(get);
    probe.setInitialDelaySeconds(delay);
    probe.setPeriodSeconds(10);
    return probe;
  }

  private static Service service(String name) {
    var port = new ServicePort();
    port.setName("http");
    port.setPort(80);
    port.setTargetPort(new IntOrString("http"));
    port.setProtocol("TCP");
    var spec = new ServiceSpec();
    spec.setType("ClusterIP");
    spec.setSelector(new TreeMap<>(Map.of("app.kubernetes.io/name", name)));
    spec.setPorts(new ArrayList<>(List.of(port)));
    var service = new Service();
    service.setMetadata(metadata(name));
    service.setSpec(spec);
    return service;
  }

  private static Ingress ingress(String name) {
    var metadata = metadata(name);
    metadata.setAnnotations(new TreeMap<>(Map.of(
        "nginx.ingress.kubernetes.io/auth-type", "basic",
        "nginx.ingress.kubernetes.io/auth-secret", name + "-basic-auth",
        "nginx.ingress.kubernetes.io/auth-realm", "Authentication Required")));
    var port = new ServiceBackendPort();
    port.setName("http");
    var serviceBackend = new IngressServiceBackend();
    serviceBackend.setName(name);
    serviceBackend.setPort(port);
    var backend = new IngressBackend();
    backend.setService(serviceBackend);
    var path = new HTTPIngressPath();
    path.setPath("/");
    path.setPathType("Prefix");
    path.setBackend(backend);
    var http = new HTTPIngressRuleValue();
    http.setPaths(new ArrayList<>(List.of(path)));
    var rule = new IngressRule();
    rule.setHost(name + ".example.com");
    rule.setHttp(http);
    var tls = new IngressTLS();
    tls.setHosts(new ArrayList<>(List.of(name + ".example.com")));
    tls.setSecretName(name + "-tls");
    var spec = new IngressSpec();
    spec.setIngressClassName("nginx");
    spec.setRules(new ArrayList<>(List.of(rule)));
    spec.setTls(new ArrayList<>(List.of(tls)));
    var ingress = new Ingress();
    ingress.setMetadata(metadata);
    ingress.setSpec(spec);
    return ingress;
  }

  private static ConfigMap configMap(String name) {
    var configMap = new ConfigMap();
    configMap.setMetadata(metadata(name + "-config"));
    configMap.setData(new TreeMap<>(Map.of(
        "application.properties", "server.port=8080\nmanagement.port=8081\nname=" + name + "\n",
        "LOG_FORMAT", "json")));
    return configMap;
  }
}
