package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Size;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Kubernetes objects described by another tool, such as the {@code META-INF/dekorate/kubernetes.yml} that
 * dekorate's annotation processor writes, included in a namespace as data. The YAML is read with Kubeforge's
 * own fabric8 model, so the tool's libraries never meet the DSL's: the tool runs in its own module (for
 * dekorate, on that module's annotation-processor path) and only its output crosses over.
 *
 * <p>The included objects are placed into the namespace ({@code metadata.namespace} is set) and checked like
 * any other object of the cluster. What the DSL adds around them is typed: an Ingress routes to
 * {@code included.service("guestbook").port("http")}, and {@code included.pvc("data", size)} declares the
 * PersistentVolumeClaim an included workload mounts. Kinds fabric8 does not know are included as
 * {@link GenericKubernetesResource}s and taken to be namespaced.
 *
 * <p>Not possible: changing the included objects beyond {@link Builder#dropAnnotation(String)}, and mounting
 * DSL volumes into included workloads; describe those in the tool, or add the objects with
 * {@code namespace.add(..)} instead.
 */
public final class IncludedManifest {

  /** Reads one document at a time from a parser, so the next document is no trailing token. */
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private IncludedManifest() {}

  /** Builds an included manifest; obtained from {@code namespace.include(ManifestSource)}. */
  public static final class Builder {

    private final Scope scope;
    private final Namespace.Builder namespace;
    private final ManifestSource source;
    private final List<ObjectNode> documents;

    Builder(Scope parent, Namespace.Builder namespace, ManifestSource source) {
      this.scope = parent.child("include", source.origin());
      this.namespace = namespace;
      this.source = source;
      this.documents = read(source, namespace.name());
    }

    /**
     * The included Service of that name, as the source of typed {@link ServicePort} references for Ingresses.
     * Throws {@link IllegalArgumentException} when the manifest has no such Service.
     */
    public IncludedService service(String name) {
      requireNonNull(name, "name");
      var names = new TreeSet<String>();
      for (ObjectNode document : documents) {
        var object = convert(document);
        if (object instanceof Service service) {
          names.add(service.getMetadata().getName());
          if (service.getMetadata().getName().equals(name)) {
            var ports = new TreeMap<String, Integer>();
            if (service.getSpec() != null && service.getSpec().getPorts() != null) {
              service.getSpec().getPorts().stream().filter(p -> p.getName() != null)
                  .forEach(p -> ports.put(p.getName(), p.getPort()));
            }
            return new IncludedService(source.origin(), namespace.name(), name, ports);
          }
        }
      }
      throw new IllegalArgumentException(source.origin() + " has no Service '" + name + "' (its Services: "
          + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
    }

    /**
     * Declares the PersistentVolumeClaim {@code name} of this namespace, requesting {@code size}, for the
     * included workload that mounts it ({@code volumes[].persistentVolumeClaim.claimName}). Same as
     * {@code namespace.pvc(name, size)}, except that it throws {@link IllegalArgumentException} when no
     * included workload mounts a claim of that name, so a renamed claim cannot be left behind.
     */
    public Pvc.Builder pvc(String name, Size size) {
      requireNonNull(name, "name");
      var claims = new TreeSet<String>();
      for (ObjectNode document : documents) {
        for (JsonNode volume : podSpec(document).path("volumes")) {
          var claimName = volume.path("persistentVolumeClaim").path("claimName");
          if (claimName.isString()) {
            claims.add(claimName.asString());
          }
        }
      }
      if (!claims.contains(name)) {
        throw new IllegalArgumentException("no workload in " + source.origin() + " mounts a claim named '" + name
            + "' (its claims: " + (claims.isEmpty() ? "none" : String.join(", ", claims)) + ")");
      }
      return namespace.pvc(name, size);
    }

    /**
     * Removes the annotation {@code key} from every included object and from the pod templates of included
     * workloads. For annotations that change on every build, such as dekorate's
     * {@code app.dekorate.io/commit-id} and {@code app.dekorate.io/vcs-url}, which would make the generated
     * tree differ from one commit or clone to the next. Adds to the keys removed; none by default.
     */
    public Builder dropAnnotation(String key) {
      scope.ensureMutable();
      requireNonNull(key, "key");
      for (ObjectNode document : documents) {
        dropAnnotation(document.path("metadata"), key);
        dropAnnotation(podTemplate(document).path("metadata"), key);
      }
      return this;
    }

    /** Accepts the problems of check {@code checkId} on the included objects, for a reason a reviewer can judge. */
    public Builder allow(String checkId, String reason) {
      scope.allow(checkId, reason);
      return this;
    }

    /** The included objects, each placed into the namespace, in the order of the manifest. */
    List<KubeObject> expand() {
      var objects = new ArrayList<KubeObject>(documents.size());
      for (ObjectNode document : documents) {
        var object = convert(document);
        objects.add(new KubeObject(scope.path().child(object.getKind().toLowerCase(Locale.ROOT),
            object.getMetadata().getName()), object));
      }
      return objects;
    }

    /** Reads and checks every document, placing each into {@code namespaceName}. */
    private static List<ObjectNode> read(ManifestSource source, String namespaceName) {
      var documents = new ArrayList<ObjectNode>();
      int index = 0;
      try (var parser = YAML.createParser(source.yaml())) {
        // One tree per YAML document; readValues(..) would also split a top-level sequence, which is no manifest.
        for (JsonNode node = YAML.readTree(parser); node != null; node = YAML.readTree(parser)) {
          index++;
          if (node.isNull() || node.isMissingNode()) {
            continue;
          }
          var where = source.origin() + ", document " + index;
          if (!(node instanceof ObjectNode document)) {
            throw new IllegalArgumentException(where + " is not a Kubernetes object but " + node.getNodeType()
                .toString().toLowerCase(Locale.ROOT));
          }
          documents.add(place(where, document, namespaceName));
        }
      } catch (JacksonException e) {
        throw new IllegalArgumentException(source.origin() + " is not valid YAML: " + e.getOriginalMessage(), e);
      }
      if (documents.isEmpty()) {
        throw new IllegalArgumentException(source.origin() + " holds no Kubernetes object");
      }
      return documents;
    }

    private static ObjectNode place(String where, ObjectNode document, String namespaceName) {
      for (String field : List.of("apiVersion", "kind")) {
        if (!document.path(field).isString() || document.path(field).asString().isBlank()) {
          throw new IllegalArgumentException(where + " has no " + field);
        }
      }
      var kind = document.path("kind").asString();
      var metadata = document.path("metadata");
      if (!metadata.path("name").isString()) {
        throw new IllegalArgumentException(where + " (" + kind + ") has no metadata.name");
      }
      var objectNamespace = metadata.path("namespace");
      var describe = kind + " '" + metadata.path("name").asString() + "'";
      if (objectNamespace.isString() && !objectNamespace.asString().equals(namespaceName)) {
        throw new IllegalArgumentException(where + ": " + describe + " belongs to namespace '"
            + objectNamespace.asString() + "', not to namespace '" + namespaceName + "' that includes it");
      }
      var object = convert(where, document);
      if (!(object instanceof Namespaced) && !(object instanceof GenericKubernetesResource)) {
        throw new IllegalArgumentException(where + ": " + describe
            + " is cluster-scoped; add it to the cluster with cluster.add(..), not to namespace " + namespaceName);
      }
      ((ObjectNode) metadata).put("namespace", namespaceName);
      return document;
    }

    private HasMetadata convert(ObjectNode document) {
      return convert(source.origin(), document);
    }

    private static HasMetadata convert(String where, ObjectNode document) {
      try {
        var object = YAML.treeToValue(document, KubernetesResource.class);
        if (object instanceof HasMetadata resource) {
          return resource;
        }
        throw new IllegalArgumentException(where + ": " + document.path("kind").asString() + " has no metadata");
      } catch (JacksonException e) {
        throw new IllegalArgumentException(where + ": not a valid " + document.path("kind").asString() + ": "
            + e.getOriginalMessage(), e);
      }
    }

    /** The pod template of a workload ({@code spec.template}, or a CronJob's under {@code spec.jobTemplate}). */
    private static JsonNode podTemplate(JsonNode document) {
      var spec = document.path("spec");
      return spec.has("jobTemplate") ? spec.path("jobTemplate").path("spec").path("template") : spec.path("template");
    }

    private static JsonNode podSpec(JsonNode document) {
      return document.path("kind").asString().equals("Pod") ? document.path("spec") : podTemplate(document).path("spec");
    }

    private static void dropAnnotation(JsonNode metadata, String key) {
      if (metadata.path("annotations") instanceof ObjectNode annotations) {
        annotations.remove(key);
        if (annotations.isEmpty()) {
          ((ObjectNode) metadata).remove("annotations");
        }
      }
    }
  }
}
