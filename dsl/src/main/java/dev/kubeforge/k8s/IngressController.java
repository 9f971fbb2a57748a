package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * The controller that serves an {@link Ingress}. Basic auth, TLS and path matching are written
 * differently for each, so the controller is chosen explicitly; where a controller cannot express what
 * the Ingress asks for, the build reports a {@code controller-unsupported} problem instead of dropping it.
 */
public sealed interface IngressController
    permits IngressController.IngressNginx, IngressController.Traefik, IngressController.GatewayApi {

  /**
   * ingress-nginx, class {@code nginx}, annotations under {@code nginx.ingress.kubernetes.io/}, HTTP on
   * port 80, no custom template. The seed's controller; the project was retired in March 2026, so new
   * clusters should prefer {@link #gatewayApi(String)}.
   */
  static IngressNginx nginx() {
    return new IngressNginx("nginx", IngressNginx.PREFIX, 80, null);
  }

  /** Traefik (v2.10 or later), class {@code traefik}: basic auth through a {@code Middleware}. */
  static Traefik traefik() {
    return new Traefik("traefik");
  }

  /**
   * Gateway API: each Ingress becomes a {@code Gateway} of class {@code gatewayClassName} with one
   * listener per host (HTTPS with the host's certificate on port 443, HTTP on port 80 for hosts without
   * TLS) and an {@code HTTPRoute} per host. Gateway API has no standard basic auth.
   */
  static GatewayApi gatewayApi(String gatewayClassName) {
    return new GatewayApi(gatewayClassName);
  }

  /**
   * ingress-nginx. Its per-Ingress settings are annotations; its controller-wide settings (HTTP port,
   * custom template) belong to the controller's Deployment, which takes them from
   * {@link #controllerArgs()} and {@link #templateVolume()}.
   *
   * @param className the IngressClass the controller watches ({@code spec.ingressClassName})
   * @param annotationPrefix the prefix of its annotations, {@code nginx.ingress.kubernetes.io} unless
   *     the controller runs with {@code --annotations-prefix}
   * @param httpPort the port the controller serves HTTP on ({@code --http-port})
   * @param template the ConfigMap key holding a custom {@code nginx.tmpl}, or {@code null} for the
   *     built-in template
   */
  record IngressNginx(String className, String annotationPrefix, int httpPort, ConfigMapKey template)
      implements IngressController {

    /** The default annotation prefix. */
    public static final String PREFIX = "nginx.ingress.kubernetes.io";
    /** The prefix the seed's controller read: {@code ingress.kubernetes.io}. */
    public static final String LEGACY_PREFIX = "ingress.kubernetes.io";
    /** Where the controller reads {@code nginx.tmpl} from. */
    public static final String TEMPLATE_DIRECTORY = "/etc/nginx/template";

    public IngressNginx {
      Names.requireDns1123Subdomain("ingress class name", className);
      Names.requireDns1123Subdomain("annotation prefix", annotationPrefix);
      if (httpPort < 1 || httpPort > 65535) {
        throw new IllegalArgumentException("httpPort must be in 1..65535, was " + httpPort);
      }
    }

    /** Returns a copy watching IngressClass {@code className}. Defaults to {@code nginx}. */
    public IngressNginx className(String className) {
      return new IngressNginx(className, annotationPrefix, httpPort, template);
    }

    /**
     * Returns a copy whose annotations start with {@code ingress.kubernetes.io/}, as the seed wrote them;
     * the controller must run with {@code --annotations-prefix=ingress.kubernetes.io} (in
     * {@link #controllerArgs()}).
     */
    public IngressNginx legacyAnnotations() {
      return new IngressNginx(className, LEGACY_PREFIX, httpPort, template);
    }

    /**
     * Returns a copy serving HTTP on {@code port} ({@code --http-port}), as the seed's datacenter needed
     * port 8080. Defaults to 80.
     */
    public IngressNginx httpPort(int port) {
      return new IngressNginx(className, annotationPrefix, port, template);
    }

    /**
     * Returns a copy rendering NGINX's configuration from a custom template: the ConfigMap key is
     * mounted as {@code /etc/nginx/template/nginx.tmpl} through {@link #templateVolume()}.
     */
    public IngressNginx template(ConfigMapKey template) {
      return new IngressNginx(className, annotationPrefix, httpPort, requireNonNull(template, "template"));
    }

    /** The full name of annotation {@code name} under this controller's prefix, such as {@code nginx.ingress.kubernetes.io/auth-type}. */
    public String annotation(String name) {
      return annotationPrefix + "/" + requireNonNull(name, "name");
    }

    /**
     * The arguments the controller container needs for these settings, after its own
     * {@code /nginx-ingress-controller}: {@code --ingress-class}, and {@code --http-port} and
     * {@code --annotations-prefix} where they differ from the defaults.
     */
    public List<String> controllerArgs() {
      var args = new ArrayList<String>();
      args.add("--ingress-class=" + className);
      if (httpPort != 80) {
        args.add("--http-port=" + httpPort);
      }
      if (!annotationPrefix.equals(PREFIX)) {
        args.add("--annotations-prefix=" + annotationPrefix);
      }
      return List.copyOf(args);
    }

    /**
     * The volume that puts the custom template at {@code nginx.tmpl}, to mount at
     * {@value #TEMPLATE_DIRECTORY} in the controller container:
     * {@code .mountReadOnly(TEMPLATE_DIRECTORY, nginx.templateVolume())}. Named after the template's
     * ConfigMap; {@code null} without a custom template.
     */
    public ObjectVolume templateVolume() {
      return template == null ? null : new NginxTemplateVolume(template);
    }
  }

  /**
   * Traefik's Kubernetes Ingress provider; basic auth becomes a {@code traefik.io/v1alpha1 Middleware}
   * named {@code <ingress>-basic-auth}, attached with the {@code router.middlewares} annotation.
   *
   * @param className the IngressClass Traefik watches
   */
  record Traefik(String className) implements IngressController {

    public Traefik {
      Names.requireDns1123Subdomain("ingress class name", className);
    }

    /** Returns a copy watching IngressClass {@code className}. Defaults to {@code traefik}. */
    public Traefik className(String className) {
      return new Traefik(className);
    }
  }

  /**
   * Gateway API ({@code gateway.networking.k8s.io/v1}).
   *
   * @param gatewayClassName the GatewayClass of the generated Gateway
   */
  record GatewayApi(String gatewayClassName) implements IngressController {

    public GatewayApi {
      Names.requireDns1123Subdomain("gateway class name", gatewayClassName);
    }
  }
}
