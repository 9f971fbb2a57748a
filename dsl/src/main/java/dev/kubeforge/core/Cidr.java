package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An IPv4 or IPv6 address range in CIDR notation, such as {@code 10.244.0.0/16}. Parsed without any
 * name lookup.
 *
 * @param network the range's first address
 * @param prefix the prefix length, 0 to 32 for IPv4 and 0 to 128 for IPv6
 * @param text the range as written, host bits included ({@code 10.1.2.3/8} stays as it is)
 */
public record Cidr(IpAddress network, int prefix, String text) {

  public Cidr {
    requireNonNull(network, "network");
    requireNonNull(text, "text");
    if (prefix < 0 || prefix > network.bits()) {
      throw new IllegalArgumentException("not a CIDR range: '" + text + "'");
    }
  }

  /** Parses {@code 10.244.0.0/16} or {@code fd00::/108}; host bits may be set, as Go's parser allows. */
  public static Cidr parse(String cidr) {
    requireNonNull(cidr, "cidr");
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not a CIDR range: '" + cidr + "' (address/prefix, such as 10.244.0.0/16)");
    }
    var ip = IpAddress.parse(cidr.substring(0, slash));
    int bits = ip.bits();
    int prefix;
    try {
      prefix = Integer.parseInt(cidr.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a CIDR range: '" + cidr + "' (address/prefix, such as 10.244.0.0/16)");
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("not a CIDR range: '" + cidr + "' (prefix 0 to " + bits + ")");
    }
    var mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE.shiftLeft(bits - prefix));
    return new Cidr(new IpAddress(ip.value().and(mask), bits), prefix, cidr);
  }

  /** Parses a comma-separated list of ranges, such as a dual-stack {@code 10.244.0.0/16,fd00::/56}. */
  public static List<Cidr> parseList(String cidrs) {
    var list = new ArrayList<Cidr>();
    for (String cidr : requireNonNull(cidrs, "cidrs").split(",", -1)) {
      list.add(parse(cidr.trim()));
    }
    return List.copyOf(list);
  }

  /** The ranges as kubeadm and kube-proxy read a list: their texts joined by {@code ,}. */
  public static String join(List<Cidr> cidrs) {
    return String.join(",", cidrs.stream().map(Cidr::text).toList());
  }

  /** Whether {@code ip} lies in this range; an address of the other family never does. */
  public boolean contains(IpAddress ip) {
    int bits = network.bits();
    return ip.bits() == bits
        && ip.value().shiftRight(bits - prefix).equals(network.value().shiftRight(bits - prefix));
  }

  /** Whether {@code ip} (an IPv4 or IPv6 literal) lies in this range. */
  public boolean contains(String ip) {
    return contains(IpAddress.parse(ip));
  }

  /** Whether the two ranges share an address. */
  public boolean overlaps(Cidr other) {
    int bits = network.bits();
    if (bits != other.network.bits()) {
      return false;
    }
    int common = Math.min(prefix, other.prefix);
    return network.value().shiftRight(bits - common).equals(other.network.value().shiftRight(bits - common));
  }

  @Override
  public String toString() {
    return text;
  }
}
