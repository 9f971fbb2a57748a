package dev.kubeforge.render;

import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.HostPathType;
import dev.kubeforge.core.PullPolicy;
import dev.kubeforge.kubeadm.config.ConfigDocument;
import dev.kubeforge.kubeadm.config.ConfigEnum;
import dev.kubeforge.kubeadm.config.ConfigObject;
import dev.kubeforge.secret.SecretValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a kubeadm, kubelet or kube-proxy configuration document into the ordered tree
 * {@link YamlWriter} writes: {@code apiVersion} and {@code kind} first, then every set field sorted by
 * name, as {@code kubeadm config print} orders them. Durations are written in Go's form, times in
 * RFC 3339, enums by their wire value, secrets through {@link SecretText}.
 */
final class ConfigTree {

  private ConfigTree() {}

  static Map<String, Object> of(ConfigDocument document, SecretText secrets) {
    var tree = new LinkedHashMap<String, Object>();
    tree.put("apiVersion", document.apiVersion());
    tree.put("kind", document.kind());
    tree.putAll(block(document, document.kind() + ".", secrets));
    return tree;
  }

  private static Map<String, Object> block(ConfigObject block, String prefix, SecretText secrets) {
    var fields = block.fields();
    String[] names = fields.keySet().toArray(new String[0]);
    Arrays.sort(names);
    var tree = new LinkedHashMap<String, Object>(names.length * 2);
    for (String name : names) {
      tree.put(name, value(fields.get(name), name, prefix + name, secrets));
    }
    return tree;
  }

  private static Object value(Object value, String field, String where, SecretText secrets) {
    if (value instanceof ConfigObject block) {
      return block(block, where + ".", secrets);
    } else if (value instanceof List<?> list) {
      var items = new ArrayList<Object>(list.size());
      for (int i = 0; i < list.size(); i++) {
        items.add(value(list.get(i), field, where + "[" + i + "]", secrets));
      }
      return items;
    } else if (value instanceof Map<?, ?> map) {
      var entries = new LinkedHashMap<String, Object>(map.size() * 2);
      map.forEach((key, item) -> entries.put((String) key, value(item, field, where + "." + key, secrets)));
      return entries;
    } else if (value instanceof Duration duration) {
      return GoDuration.format(duration);
    } else if (value instanceof Instant instant) {
      return instant.toString();
    } else if (value instanceof ConfigEnum constant) {
      return constant.value();
    } else if (value instanceof CgroupDriver driver) { // the shared enums of core (config-api.yaml's `shared`)
      return driver.value();
    } else if (value instanceof HostPathType type) {
      return type.value();
    } else if (value instanceof PullPolicy policy) {
      return policy.value();
    } else if (value instanceof SecretValue secret) {
      return secrets.text(secret, where, format(field));
    } else if (value instanceof String || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    return ObjectTree.ofValue(value); // fabric8's Taint and EnvVar
  }

  private static SecretText.Format format(String field) {
    return switch (field) {
      case "token", "tlsBootstrapToken" -> SecretText.Format.BOOTSTRAP_TOKEN;
      case "certificateKey" -> SecretText.Format.HEX_KEY;
      case "caCertHashes" -> SecretText.Format.CA_CERT_HASH;
      default -> SecretText.Format.TEXT;
    };
  }
}
