package dev.kubeforge.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewaySpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ListenerTLSConfig;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.SecretObjectReference;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressRuleValue;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Expands an {@link Ingress} into the objects its controller reads, built with setters. */
final class IngressObjects {

  /** Traefik's annotation that attaches Middlewares to the routers of an Ingress. */
  static final String TRAEFIK_MIDDLEWARES = "traefik.ingress.kubernetes.io/router.middlewares";

  private IngressObjects() {}

  /** Every object of the Ingress, in apply order. */
  static List<HasMetadata> of(Ingress ingress, Customizers<IngressBuilder> customizers) {
    var controller = ingress.controller();
    var objects = new ArrayList<HasMetadata>();
    if (controller instanceof IngressController.GatewayApi gatewayApi) {
      objects.add(gateway(ingress, gatewayApi));
      objects.addAll(routes(ingress));
      return objects;
    }
    var annotations = new TreeMap<>(ingress.annotations());
    if (controller instanceof IngressController.IngressNginx nginx) {
      if (ingress.basicAuth() != null) {
        annotations.put(nginx.annotation("auth-type"), "basic");
        annotations.put(nginx.annotation("auth-secret"), ingress.basicAuthSecretName());
        annotations.put(nginx.annotation("auth-realm"), ingress.basicAuth().realm());
      }
      if (ingress.addBaseUrl() != null) {
        annotations.put(nginx.annotation("add-base-url"), ingress.addBaseUrl());
      }
      objects.add(customizers.apply(networkingIngress(ingress, nginx.className(), annotations),
          IngressBuilder::new, IngressBuilder::build));
    } else {
      var traefik = (IngressController.Traefik) controller;
      if (ingress.basicAuth() != null) {
        var middleware = traefikBasicAuth(ingress);
        annotations.put(TRAEFIK_MIDDLEWARES,
            ingress.namespace() + "-" + middleware.getMetadata().getName() + "@kubernetescrd");
        objects.add(middleware);
      }
      objects.add(customizers.apply(networkingIngress(ingress, traefik.className(), annotations),
          IngressBuilder::new, IngressBuilder::build));
    }
    return objects;
  }

  private static io.fabric8.kubernetes.api.model.networking.v1.Ingress networkingIngress(
      Ingress ingress, String className, Map<String, String> annotations) {
    var byHost = new LinkedHashMap<String, List<HTTPIngressPath>>();
    for (Ingress.Rule rule : ingress.rules()) {
      var port = new ServiceBackendPort();
      if (rule.backend().isNamed()) {
        port.setName(rule.backend().portName());
      } else {
        port.setNumber(rule.backend().port());
      }
      var service = new IngressServiceBackend();
      service.setName(rule.backend().service());
      service.setPort(port);
      var backend = new IngressBackend();
      backend.setService(service);
      var path = new HTTPIngressPath();
      path.setPath(rule.path());
      path.setPathType(rule.pathType().ingressValue());
      path.setBackend(backend);
      byHost.computeIfAbsent(rule.host(), h -> new ArrayList<>()).add(path);
    }
    var rules = new ArrayList<IngressRule>(byHost.size());
    byHost.forEach((host, paths) -> {
      var http = new HTTPIngressRuleValue();
      http.setPaths(paths);
      var rule = new IngressRule();
      rule.setHost(host);
      rule.setHttp(http);
      rules.add(rule);
    });
    var tls = new ArrayList<IngressTLS>(ingress.tls().size());
    for (int i = 0; i < ingress.tls().size(); i++) {
      var entry = new IngressTLS();
      entry.setHosts(new ArrayList<>(ingress.tls().get(i).hosts()));
      entry.setSecretName(ingress.tlsSecret(i));
      tls.add(entry);
    }
    var spec = new IngressSpec();
    spec.setIngressClassName(className);
    spec.setRules(rules);
    if (!tls.isEmpty()) {
      spec.setTls(tls);
    }
    var result = new io.fabric8.kubernetes.api.model.networking.v1.Ingress();
    result.setMetadata(metadata(ingress, ingress.name(), annotations));
    result.setSpec(spec);
    return result;
  }

  private static GenericKubernetesResource traefikBasicAuth(Ingress ingress) {
    var basicAuth = new LinkedHashMap<String, Object>();
    basicAuth.put("realm", ingress.basicAuth().realm());
    basicAuth.put("secret", ingress.basicAuthSecretName());
    var middleware = new GenericKubernetesResource();
    middleware.setApiVersion("traefik.io/v1alpha1");
    middleware.setKind("Middleware");
    middleware.setMetadata(metadata(ingress, ingress.basicAuthSecretName(), Map.of()));
    middleware.setAdditionalProperty("spec", Map.of("basicAuth", basicAuth));
    return middleware;
  }

  private static Gateway gateway(Ingress ingress, IngressController.GatewayApi controller) {
    var listeners = new ArrayList<Listener>();
    for (String host : ingress.hosts()) {
      var listener = new Listener();
      listener.setName(listenerName(ingress, host));
      listener.setHostname(host);
      int tlsIndex = tlsIndex(ingress, host);
      if (tlsIndex < 0) {
        listener.setProtocol("HTTP");
        listener.setPort(80);
      } else {
        var certificate = new SecretObjectReference();
        certificate.setKind("Secret");
        certificate.setName(ingress.tlsSecret(tlsIndex));
        var tls = new ListenerTLSConfig();
        tls.setMode("Terminate");
        tls.setCertificateRefs(new ArrayList<>(List.of(certificate)));
        listener.setProtocol("HTTPS");
        listener.setPort(443);
        listener.setTls(tls);
      }
      listeners.add(listener);
    }
    var spec = new GatewaySpec();
    spec.setGatewayClassName(controller.gatewayClassName());
    spec.setListeners(listeners);
    var gateway = new Gateway();
    gateway.setMetadata(metadata(ingress, ingress.name(), Map.of()));
    gateway.setSpec(spec);
    return gateway;
  }

  private static List<HTTPRoute> routes(Ingress ingress) {
    var hosts = ingress.hosts();
    var routes = new ArrayList<HTTPRoute>(hosts.size());
    for (String host : hosts) {
      var rules = new ArrayList<HTTPRouteRule>();
      for (Ingress.Rule rule : ingress.rules()) {
        if (!rule.host().equals(host) || rule.pathType().gatewayValue() == null) {
          continue;
        }
        var path = new HTTPPathMatch();
        path.setType(rule.pathType().gatewayValue());
        path.setValue(rule.path());
        var match = new HTTPRouteMatch();
        match.setPath(path);
        var backend = new HTTPBackendRef();
        backend.setName(rule.backend().service());
        backend.setPort(rule.backend().port());
        var routeRule = new HTTPRouteRule();
        routeRule.setMatches(new ArrayList<>(List.of(match)));
        routeRule.setBackendRefs(new ArrayList<>(List.of(backend)));
        rules.add(routeRule);
      }
      var parent = new ParentReference();
      parent.setName(ingress.name());
      parent.setSectionName(listenerName(ingress, host));
      var spec = new HTTPRouteSpec();
      spec.setParentRefs(new ArrayList<>(List.of(parent)));
      spec.setHostnames(new ArrayList<>(List.of(host)));
      spec.setRules(rules);
      var route = new HTTPRoute();
      var routeName = hosts.size() == 1 ? ingress.name() : ingress.name() + "-" + hostLabel(host);
      route.setMetadata(metadata(ingress, routeName, ingress.annotations()));
      route.setSpec(spec);
      routes.add(route);
    }
    return routes;
  }

  /** The listener of a host: {@code https-<host>} with TLS, {@code http-<host>} without. */
  private static String listenerName(Ingress ingress, String host) {
    return (tlsIndex(ingress, host) < 0 ? "http-" : "https-") + hostLabel(host);
  }

  /** A host as a name part: dots become dashes, a leading wildcard becomes {@code wildcard}. */
  private static String hostLabel(String host) {
    return host.replace("*", "wildcard").replace('.', '-').toLowerCase(Locale.ROOT);
  }

  private static int tlsIndex(Ingress ingress, String host) {
    for (int i = 0; i < ingress.tls().size(); i++) {
      if (ingress.tls().get(i).hosts().contains(host)) {
        return i;
      }
    }
    return -1;
  }

  private static ObjectMeta metadata(Ingress ingress, String name, Map<String, String> annotations) {
    var metadata = new ObjectMeta();
    metadata.setName(name);
    metadata.setNamespace(ingress.namespace());
    if (!ingress.labels().isEmpty()) {
      metadata.setLabels(new TreeMap<>(ingress.labels()));
    }
    if (!annotations.isEmpty()) {
      metadata.setAnnotations(new TreeMap<>(annotations));
    }
    return metadata;
  }
}
