package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.IpAddress;
import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.PodDNSConfigOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extra resolver settings of a pod, merged into what its {@link DnsPolicy} gives: {@code
 * DnsConfig.create().nameserver(IpAddress.parse("1.1.1.1")).search("lan").option("ndots", "2")}. Maps to
 * {@code spec.dnsConfig}; order is kept, as {@code resolv.conf} reads it.
 *
 * @param nameservers {@code nameservers}, at most 3
 * @param searches {@code searches}: search domains
 * @param options {@code options}: resolver options by name, an empty value for one without a value
 * @see <a href="https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config">Pod's DNS config</a>
 */
public record DnsConfig(List<IpAddress> nameservers, List<String> searches, Map<String, String> options) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public DnsConfig {
    nameservers = List.copyOf(nameservers);
    searches = List.copyOf(searches);
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    if (nameservers.size() > 3) {
      throw new IllegalArgumentException("a pod has at most 3 DNS nameservers, was " + nameservers);
    }
    searches.forEach(domain -> Names.requireDns1123Subdomain("DNS search domain", domain));
  }

  /** No extra settings. */
  public static DnsConfig create() {
    return new DnsConfig(List.of(), List.of(), Map.of());
  }

  /** Returns a copy with one more nameserver ({@code nameservers[]}). */
  public DnsConfig nameserver(IpAddress address) {
    var all = new ArrayList<>(nameservers);
    all.add(requireNonNull(address, "address"));
    return new DnsConfig(all, searches, options);
  }

  /** Returns a copy with one more search domain ({@code searches[]}), such as {@code lan}. */
  public DnsConfig search(String domain) {
    var all = new ArrayList<>(searches);
    all.add(requireNonNull(domain, "domain"));
    return new DnsConfig(nameservers, all, options);
  }

  /** Returns a copy with a resolver option ({@code options[]}), such as {@code ndots: 2}; replaces one of that name. */
  public DnsConfig option(String name, String value) {
    Names.requireQualifiedName("DNS option name", name);
    var all = new LinkedHashMap<>(options);
    all.put(name, requireNonNull(value, "value"));
    return new DnsConfig(nameservers, searches, all);
  }

  PodDNSConfig expand() {
    var config = new PodDNSConfig();
    var servers = new ArrayList<String>(nameservers.size());
    nameservers.forEach(address -> servers.add(address.toString()));
    config.setNameservers(servers);
    config.setSearches(new ArrayList<>(searches));
    var list = new ArrayList<PodDNSConfigOption>(options.size());
    options.forEach((name, value) -> {
      var option = new PodDNSConfigOption();
      option.setName(name);
      option.setValue(value.isEmpty() ? null : value);
      list.add(option);
    });
    config.setOptions(list);
    return config;
  }
}
