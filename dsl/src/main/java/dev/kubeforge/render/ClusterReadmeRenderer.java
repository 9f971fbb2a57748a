package dev.kubeforge.render;

import static dev.kubeforge.render.MarkdownWriter.code;
import static dev.kubeforge.render.MarkdownWriter.lines;
import static dev.kubeforge.render.MarkdownWriter.text;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.LabelIndex;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.Secret;
import dev.kubeforge.k8s.SecretContent;
import dev.kubeforge.render.MarkdownWriter.Flowchart;
import dev.kubeforge.render.MarkdownWriter.Flowchart.Shape;
import dev.kubeforge.secret.SecretValue;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders {@code <cluster>/README.md}, the page a reviewer reads first: a Mermaid topology (ingress to
 * service to workload, namespaces as subgraphs, nodes grouped by host profile) and an inventory in
 * tables (nodes, host profiles and their files, namespaces, workloads, services, ingresses, storage, and
 * the Secrets to supply, by name and source, never by value). It reads the model and the expanded
 * objects only, so it shows what the other renderers write. Rows are sorted by namespace, then name.
 */
public final class ClusterReadmeRenderer implements Renderer {

  /** The README's path below the cluster's folder. */
  public static final String README = "README.md";

  private static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";

  private static final Comparator<KubeObject> BY_PLACE = Comparator.comparing(KubeObject::namespace)
      .thenComparing(KubeObject::name).thenComparing(KubeObject::kind);

  /** Writes {@code <cluster>/README.md}, which lists each host profile's planned files. */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    context.files().add(cluster.name() + "/" + README, readme(cluster, Headers.markdown(context.source())));
  }

  String readme(Cluster cluster, String header) {
    var objects = new ArrayList<>(cluster.objects());
    cluster.namespaces().forEach(namespace -> objects.addAll(namespace.staticPods()));
    objects.sort(BY_PLACE);
    var workloads = new ArrayList<Workload>();
    for (KubeObject object : objects) {
      var workload = Workload.of(object, cluster);
      if (workload != null) {
        workloads.add(workload);
      }
    }
    var services = ofType(objects, Service.class);
    var routes = new ArrayList<Route>();
    for (KubeObject object : objects) {
      var route = Route.of(object);
      if (route != null) {
        routes.add(route);
      }
    }

    var md = new MarkdownWriter(header).heading(1, "Cluster " + cluster.name());
    md.table(List.of("Setting", "Value"), List.of(
        List.of("Kubernetes", cluster.kubernetesVersion().map(v -> code(v.toString())).orElse("not set")),
        List.of("Nodes", cluster.nodes().isEmpty() ? "none declared" : cluster.nodes().size() + " ("
            + cluster.controlPlaneNodes().size() + " control plane, " + cluster.workerNodes().size()
            + (cluster.workerNodes().size() == 1 ? " worker)" : " workers)")),
        List.of("Node setup", cluster.kubeadm().isPresent() ? "kubeadm" : "without kubeadm"),
        List.of("Namespaces", String.valueOf(cluster.namespaces().size()))));
    var selected = selections(services, workloads);
    md.heading(2, "Topology").fence("mermaid", topology(cluster, workloads, services, routes, selected));
    nodes(cluster, md);
    profiles(cluster, md);
    namespaces(cluster, objects, md);
    if (!workloads.isEmpty()) {
      md.heading(2, "Workloads").table(List.of("Namespace", "Kind", "Name", "Replicas", "Images"),
          workloads.stream().map(w -> List.of(code(w.object.namespace()), w.object.kind(), code(w.object.name()),
              text(w.replicas), lines(w.images.stream().map(MarkdownWriter::code).toList()))).toList());
    }
    services(services, selected, md);
    routes(routes, md);
    storage(objects, workloads, md);
    secrets(cluster, md);
    return md.toString();
  }

  /** The workloads each Service selects, in workload order. */
  private static Map<KubeObject, List<Workload>> selections(List<KubeObject> services, List<Workload> workloads) {
    var index = new LabelIndex<Workload>();
    workloads.forEach(w -> index.add(w.object.namespace(), w.podLabels, w));
    var selected = new IdentityHashMap<KubeObject, List<Workload>>();
    for (KubeObject service : services) {
      var spec = ((Service) service.readOnlyResource()).getSpec();
      selected.put(service, index.selected(service.namespace(), spec == null ? null : spec.getSelector()));
    }
    return selected;
  }

  private static String topology(Cluster cluster, List<Workload> workloads, List<KubeObject> services,
      List<Route> routes, Map<KubeObject, List<Workload>> selected) {
    var chart = new Flowchart("LR");
    if (!cluster.nodes().isEmpty()) {
      chart.subgraph(chart.id("nodes"), "Nodes");
      var byProfile = new TreeMap<String, List<Node>>();
      for (Node node : cluster.nodes()) {
        byProfile.computeIfAbsent(node.profile() == null ? "" : node.profile().name(), p -> new ArrayList<>())
            .add(node);
      }
      byProfile.forEach((profile, nodes) -> {
        if (!profile.isEmpty()) {
          chart.subgraph(chart.id("profile", profile), "host profile " + profile);
        }
        for (Node node : nodes) {
          chart.node(chart.id("node", node.name()), Shape.CYLINDER, node.name(),
              role(node) + (node.address() == null ? "" : " " + node.address()));
        }
        if (!profile.isEmpty()) {
          chart.end();
        }
      });
      chart.end();
    }
    var namespaces = new TreeSet<String>();
    workloads.forEach(w -> namespaces.add(w.object.namespace()));
    services.forEach(s -> namespaces.add(s.namespace()));
    routes.forEach(r -> namespaces.add(r.object.namespace()));
    for (String namespace : namespaces) {
      chart.subgraph(chart.id("namespace", namespace), "namespace " + namespace);
      for (Route route : routes) {
        if (route.object.namespace().equals(namespace)) {
          var id = id(chart, route.object);
          chart.node(id, Shape.FLAG, route.object.kind() + " " + route.object.name(), String.join(" ", route.hosts));
          route.backends.forEach(b -> chart.edge(id, chart.id("Service", namespace, b.service)));
        }
      }
      for (KubeObject service : inNamespace(services, namespace)) {
        chart.node(id(chart, service), Shape.STADIUM, "Service " + service.name(), type((Service) service.readOnlyResource()));
        for (Workload workload : selected.get(service)) {
          chart.edge(id(chart, service), id(chart, workload.object));
        }
      }
      for (Workload workload : workloads) {
        if (workload.object.namespace().equals(namespace)) {
          chart.node(id(chart, workload.object), Shape.BOX, workload.object.kind() + " " + workload.object.name(),
              workload.replicas.matches("[0-9]+") ? "replicas " + workload.replicas : workload.replicas);
        }
      }
      chart.end();
    }
    return chart.text();
  }

  private static String id(Flowchart chart, KubeObject object) {
    return chart.id(object.kind(), object.namespace(), object.name());
  }

  private static void nodes(Cluster cluster, MarkdownWriter md) {
    if (cluster.nodes().isEmpty()) {
      return;
    }
    var rows = new ArrayList<List<String>>();
    for (Node node : cluster.nodes()) {
      rows.add(List.of(code(node.name()), role(node), node.address() == null ? "" : code(node.address().toString()),
          node.profile() == null ? "" : code(node.profile().name()),
          lines(node.labels().entrySet().stream().map(e -> code(e.getKey() + "=" + e.getValue())).toList()),
          lines(node.taints().stream().map(t -> code(t.toString())).toList())));
    }
    md.heading(2, "Nodes").table(List.of("Node", "Role", "Address", "Profile", "Labels", "Taints"), rows);
  }

  private static void profiles(Cluster cluster, MarkdownWriter md) {
    if (cluster.hostProfiles().isEmpty()) {
      return;
    }
    var rows = new ArrayList<List<String>>();
    for (HostProfile profile : cluster.hostProfiles()) {
      var folder = "hosts/" + profile.name() + "/";
      var files = new ArrayList<String>();
      for (HostFile file : cluster.hostFiles(profile)) {
        files.add(link(file.path(), folder + file.path()));
      }
      var nodes = cluster.nodes().stream().filter(n -> n.profile() != null && n.profile().name().equals(profile.name()))
          .map(n -> code(n.name())).toList();
      rows.add(List.of(code(profile.name()), lines(nodes), lines(files)));
    }
    md.heading(2, "Host profiles").table(List.of("Profile", "Nodes", "Files"), rows);
  }

  private static void namespaces(Cluster cluster, List<KubeObject> objects, MarkdownWriter md) {
    var counts = new TreeMap<String, TreeMap<String, Integer>>();
    for (KubeObject object : objects) {
      if (!object.kind().equals("Namespace")) {
        counts.computeIfAbsent(object.namespace(), n -> new TreeMap<>()).merge(object.kind(), 1, Integer::sum);
      }
    }
    var labels = new TreeMap<String, Map<String, String>>();
    for (Namespace namespace : cluster.namespaces()) {
      counts.computeIfAbsent(namespace.name(), n -> new TreeMap<>());
      namespace.secrets().forEach(s -> counts.get(namespace.name()).merge("Secret", 1, Integer::sum));
      namespace.objects().stream()
          .filter(o -> o.kind().equals("Namespace") && o.name().equals(namespace.name())).findFirst()
          .map(o -> o.readOnlyResource().getMetadata().getLabels())
          .ifPresent(l -> labels.put(namespace.name(), l));
    }
    var rows = new ArrayList<List<String>>();
    counts.forEach((namespace, kinds) -> rows.add(List.of(
        namespace.isEmpty() ? "(cluster-scoped)" : code(namespace),
        namespace.isEmpty() ? "" : lines(labels.getOrDefault(namespace, Map.of()).entrySet().stream()
            .map(e -> code(e.getKey() + "=" + e.getValue())).toList()),
        String.join(", ", kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()))));
    md.heading(2, "Namespaces").table(List.of("Namespace", "Labels", "Objects"), rows);
  }

  private static void services(List<KubeObject> services, Map<KubeObject, List<Workload>> selected,
      MarkdownWriter md) {
    if (services.isEmpty()) {
      return;
    }
    var rows = new ArrayList<List<String>>();
    for (KubeObject object : services) {
      var service = (Service) object.readOnlyResource();
      var ports = new ArrayList<String>();
      if (service.getSpec() != null && service.getSpec().getPorts() != null) {
        for (ServicePort port : service.getSpec().getPorts()) {
          ports.add(code((port.getName() == null ? "" : port.getName() + " ") + port.getPort()
              + (port.getTargetPort() == null ? "" : "→" + intOrString(port.getTargetPort()))
              + "/" + Objects.requireNonNullElse(port.getProtocol(), "TCP")
              + (port.getNodePort() == null ? "" : " node " + port.getNodePort())));
        }
      }
      var selects = selected.get(object).stream().map(w -> w.object.kind() + " " + code(w.object.name())).toList();
      rows.add(List.of(code(object.namespace()), code(object.name()), type(service), lines(ports), lines(selects)));
    }
    md.heading(2, "Services").table(List.of("Namespace", "Name", "Type", "Ports", "Selects"), rows);
  }

  private static void routes(List<Route> routes, MarkdownWriter md) {
    if (routes.isEmpty()) {
      return;
    }
    var rows = new ArrayList<List<String>>();
    for (Route route : routes) {
      var backends = route.backends.stream()
          .map(b -> code(b.route) + " → " + code(b.service + ":" + b.port)).toList();
      rows.add(List.of(code(route.object.namespace()), route.object.kind(), code(route.object.name()),
          lines(route.via), lines(route.hosts.stream().map(MarkdownWriter::code).toList()), lines(route.tls),
          lines(backends)));
    }
    md.heading(2, "Ingresses and routes")
        .table(List.of("Namespace", "Kind", "Name", "Class or gateway", "Hosts", "TLS", "Backends"), rows);
  }

  private static void storage(List<KubeObject> objects, List<Workload> workloads, MarkdownWriter md) {
    var classes = new ArrayList<List<String>>();
    for (KubeObject object : ofType(objects, StorageClass.class)) {
      var storageClass = (StorageClass) object.readOnlyResource();
      var annotations = storageClass.getMetadata().getAnnotations();
      classes.add(List.of(code(object.name()), code(storageClass.getProvisioner()),
          Objects.requireNonNullElse(storageClass.getReclaimPolicy(), "Delete"),
          Objects.requireNonNullElse(storageClass.getVolumeBindingMode(), "Immediate"),
          annotations != null && "true".equals(annotations.get(DEFAULT_CLASS)) ? "yes" : "no"));
    }
    var volumes = new ArrayList<List<String>>();
    for (KubeObject object : ofType(objects, PersistentVolume.class)) {
      var spec = ((PersistentVolume) object.readOnlyResource()).getSpec();
      volumes.add(List.of(code(object.name()), quantity(spec.getCapacity()), modes(spec.getAccessModes()),
          spec.getStorageClassName() == null ? "" : code(spec.getStorageClassName()),
          spec.getPersistentVolumeReclaimPolicy() == null ? "" : spec.getPersistentVolumeReclaimPolicy()));
    }
    var claims = new ArrayList<List<String>>();
    for (KubeObject object : ofType(objects, PersistentVolumeClaim.class)) {
      claims.add(claim(object.namespace(), code(object.name()), (PersistentVolumeClaim) object.readOnlyResource()));
    }
    for (Workload workload : workloads) {
      for (PersistentVolumeClaim template : workload.claimTemplates) {
        var name = template.getMetadata() == null ? "" : template.getMetadata().getName();
        claims.add(claim(workload.object.namespace(),
            code(name) + " (template of " + workload.object.kind() + " " + code(workload.object.name()) + ")",
            template));
      }
    }
    claims.sort(Comparator.comparing((List<String> row) -> row.get(0)).thenComparing(row -> row.get(1)));
    if (classes.isEmpty() && volumes.isEmpty() && claims.isEmpty()) {
      return;
    }
    md.heading(2, "Storage");
    if (!classes.isEmpty()) {
      md.table(List.of("Storage class", "Provisioner", "Reclaim", "Binding", "Default"), classes);
    }
    if (!volumes.isEmpty()) {
      md.table(List.of("Persistent volume", "Capacity", "Access modes", "Storage class", "Reclaim"), volumes);
    }
    if (!claims.isEmpty()) {
      md.table(List.of("Namespace", "Claim", "Size", "Access modes", "Storage class", "Volume"), claims);
    }
  }

  private static List<String> claim(String namespace, String name, PersistentVolumeClaim claim) {
    var spec = claim.getSpec();
    var size = spec.getResources() == null ? "" : quantity(spec.getResources().getRequests());
    return List.of(code(namespace), name, size, modes(spec.getAccessModes()),
        spec.getStorageClassName() == null ? "default" : code(spec.getStorageClassName()),
        spec.getVolumeName() == null ? "" : code(spec.getVolumeName()));
  }

  private static void secrets(Cluster cluster, MarkdownWriter md) {
    var secrets = new ArrayList<Secret>();
    cluster.namespaces().forEach(namespace -> secrets.addAll(namespace.secrets()));
    if (secrets.isEmpty()) {
      return;
    }
    secrets.sort(Comparator.comparing(Secret::namespace).thenComparing(Secret::name));
    var rows = new ArrayList<List<String>>();
    for (Secret secret : secrets) {
      var sources = new LinkedHashSet<String>();
      for (SecretContent content : secret.data().values()) {
        content.sources().stream().map(SecretValue::source).forEach(sources::add);
      }
      rows.add(List.of(code(secret.namespace()), code(secret.name()), code(secret.type().value()),
          lines(secret.data().keySet().stream().map(MarkdownWriter::code).toList()),
          lines(sources.stream().map(MarkdownWriter::text).toList())));
    }
    md.heading(2, "Secrets to supply")
        .paragraph("No value is in this tree; " + link("kubernetes/secrets.md", "kubernetes/secrets.md")
            + " says what each key holds and how to apply the Secrets.")
        .table(List.of("Namespace", "Secret", "Type", "Keys", "Sources"), rows);
  }

  private static List<KubeObject> ofType(List<KubeObject> objects, Class<?> type) {
    return objects.stream().filter(o -> type.isInstance(o.readOnlyResource())).toList();
  }

  private static List<KubeObject> inNamespace(List<KubeObject> objects, String namespace) {
    return objects.stream().filter(o -> o.namespace().equals(namespace)).toList();
  }

  private static String role(Node node) {
    return node.isControlPlane() ? "control plane" : "worker";
  }

  private static String type(Service service) {
    var spec = service.getSpec();
    var type = spec == null || spec.getType() == null ? "ClusterIP" : spec.getType();
    return spec != null && "None".equals(spec.getClusterIP()) ? type + " (headless)" : type;
  }

  private static String intOrString(IntOrString value) {
    return value.getIntVal() != null ? value.getIntVal().toString() : value.getStrVal();
  }

  private static String quantity(Map<String, Quantity> resources) {
    var storage = resources == null ? null : resources.get("storage");
    return storage == null ? "" : code(storage.toString());
  }

  private static String modes(List<String> modes) {
    return modes == null ? "" : String.join(", ", modes);
  }

  /** A link to a file of the tree, relative to the README; the path is made of safe characters only. */
  private static String link(String label, String path) {
    return path.matches("[A-Za-z0-9._/-]+") ? "[" + code(label) + "](" + path + ")" : code(label);
  }

  /** A route to a Service port (by number or name), from {@code host/path}. */
  private record Backend(String route, String service, String port) {}

  /**
   * An Ingress or a Gateway API HTTPRoute, as a reviewer compares them: its hosts, the class or
   * gateways it is served by, its TLS and its backends.
   */
  private record Route(KubeObject object, SortedSet<String> hosts, List<String> via, List<String> tls,
      List<Backend> backends) {

    /** The route that {@code object} is, or {@code null} when it is neither an Ingress nor an HTTPRoute. */
    static Route of(KubeObject object) {
      if (object.readOnlyResource() instanceof Ingress ingress) {
        return of(object, ingress.getSpec() == null ? new IngressSpec() : ingress.getSpec());
      }
      if (object.readOnlyResource() instanceof HTTPRoute route) {
        return of(object, route.getSpec() == null ? new HTTPRouteSpec() : route.getSpec());
      }
      return null;
    }

    private static Route of(KubeObject object, IngressSpec spec) {
      var hosts = new TreeSet<String>();
      var backends = new ArrayList<Backend>();
      backend("(default)", spec.getDefaultBackend(), backends);
      for (IngressRule rule : Objects.requireNonNullElse(spec.getRules(), List.<IngressRule>of())) {
        var host = rule.getHost() == null ? "*" : rule.getHost();
        hosts.add(host);
        if (rule.getHttp() != null && rule.getHttp().getPaths() != null) {
          for (HTTPIngressPath path : rule.getHttp().getPaths()) {
            backend(host + Objects.requireNonNullElse(path.getPath(), "/"), path.getBackend(), backends);
          }
        }
      }
      var tls = new ArrayList<String>();
      for (IngressTLS entry : Objects.requireNonNullElse(spec.getTls(), List.<IngressTLS>of())) {
        tls.add((entry.getSecretName() == null ? "default certificate" : "Secret " + code(entry.getSecretName()))
            + (entry.getHosts() == null || entry.getHosts().isEmpty() ? ""
                : ": " + String.join(", ", entry.getHosts().stream().map(MarkdownWriter::code).toList())));
      }
      var via = spec.getIngressClassName() == null ? List.<String>of() : List.of(code(spec.getIngressClassName()));
      return new Route(object, hosts, via, tls, backends);
    }

    private static void backend(String route, IngressBackend backend, List<Backend> into) {
      if (backend != null && backend.getService() != null) {
        var port = backend.getService().getPort();
        var text = port == null ? "" : port.getName() != null ? port.getName() : String.valueOf(port.getNumber());
        into.add(new Backend(route, backend.getService().getName(), text));
      }
    }

    private static Route of(KubeObject object, HTTPRouteSpec spec) {
      var hosts = new TreeSet<>(Objects.requireNonNullElse(spec.getHostnames(), List.<String>of()));
      var via = new ArrayList<String>();
      for (ParentReference parent : Objects.requireNonNullElse(spec.getParentRefs(), List.<ParentReference>of())) {
        via.add(Objects.requireNonNullElse(parent.getKind(), "Gateway") + " " + code(parent.getName()));
      }
      var backends = new ArrayList<Backend>();
      var prefixes = hosts.isEmpty() ? List.of("*") : List.copyOf(hosts);
      for (HTTPRouteRule rule : Objects.requireNonNullElse(spec.getRules(), List.<HTTPRouteRule>of())) {
        var paths = new ArrayList<String>();
        for (HTTPRouteMatch match : Objects.requireNonNullElse(rule.getMatches(), List.<HTTPRouteMatch>of())) {
          paths.add(match.getPath() == null || match.getPath().getValue() == null ? "/" : match.getPath().getValue());
        }
        if (paths.isEmpty()) {
          paths.add("/");
        }
        for (HTTPBackendRef ref : Objects.requireNonNullElse(rule.getBackendRefs(), List.<HTTPBackendRef>of())) {
          if (ref.getKind() == null || ref.getKind().equals("Service")) {
            for (String host : prefixes) {
              for (String path : paths) {
                backends.add(new Backend(host + path, ref.getName(),
                    ref.getPort() == null ? "" : ref.getPort().toString()));
              }
            }
          }
        }
      }
      return new Route(object, hosts, via, List.of("at the gateway's listener"), backends);
    }
  }

  /** A workload object, its pod template's labels and images, how many pods it runs, and its claim templates. */
  private record Workload(KubeObject object, String replicas, Map<String, String> podLabels, List<String> images,
      List<PersistentVolumeClaim> claimTemplates) {

    /** The workload that {@code object} is, or {@code null} when it runs no pods. */
    static Workload of(KubeObject object, Cluster cluster) {
      var template = object.readOnlyPodTemplate();
      if (template == null) {
        return null;
      }
      var resource = object.readOnlyResource();
      String replicas;
      List<PersistentVolumeClaim> claimTemplates = List.of();
      if (resource instanceof Deployment d) {
        replicas = String.valueOf(Objects.requireNonNullElse(d.getSpec().getReplicas(), 1));
      } else if (resource instanceof StatefulSet s) {
        replicas = String.valueOf(Objects.requireNonNullElse(s.getSpec().getReplicas(), 1));
        claimTemplates = Objects.requireNonNullElse(s.getSpec().getVolumeClaimTemplates(), List.of());
      } else if (resource instanceof DaemonSet) {
        replicas = "one per node";
      } else if (resource instanceof Job j) {
        replicas = "runs to " + Objects.requireNonNullElse(j.getSpec().getCompletions(), 1) + " completion(s)";
      } else if (resource instanceof CronJob c) {
        replicas = "schedule " + c.getSpec().getSchedule();
      } else if (resource instanceof Pod) {
        replicas = cluster.namespaces().stream().anyMatch(n -> n.staticPods().contains(object)) ? "static pod" : "1";
      } else {
        return null; // ReplicaSets and ReplicationControllers belong to other workloads
      }
      var images = new LinkedHashSet<String>();
      PodSpec spec = template.getSpec();
      if (spec != null) {
        for (List<Container> containers : Arrays.asList(spec.getInitContainers(), spec.getContainers())) {
          if (containers != null) {
            containers.stream().map(Container::getImage).filter(Objects::nonNull).forEach(images::add);
          }
        }
      }
      return new Workload(object, replicas, KubeObject.podLabels(template), List.copyOf(images), claimTemplates);
    }
  }
}
