package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address range in CIDR notation, such as {@code 10.244.0.0/16}. Parsed without any
 * name lookup.
 *
 * @param address the range's first address as an unsigned number
 * @param bits 32 for IPv4, 128 for IPv6
 * @param prefix the prefix length
 * @param text the range as written
 */
public record Cidr(BigInteger address, int bits, int prefix, String text) {

  private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
      + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

  public Cidr {
    requireNonNull(address, "address");
    requireNonNull(text, "text");
    if (bits != 32 && bits != 128 || prefix < 0 || prefix > bits) {
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
    var ip = address(cidr.substring(0, slash));
    int bits = ip.bitLength() <= 32 && cidr.indexOf(':') < 0 ? 32 : 128;
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
    return new Cidr(ip.and(mask), bits, prefix, cidr);
  }

  /** Parses a comma-separated list of ranges, such as a dual-stack {@code 10.244.0.0/16,fd00::/56}. */
  public static List<Cidr> parseList(String cidrs) {
    var list = new ArrayList<Cidr>();
    for (String cidr : requireNonNull(cidrs, "cidrs").split(",", -1)) {
      list.add(parse(cidr.trim()));
    }
    return list;
  }

  /** Whether {@code ip} (an IPv4 or IPv6 literal) lies in this range. */
  public boolean contains(String ip) {
    var value = address(ip);
    boolean v4 = ip.indexOf(':') < 0;
    return v4 == (bits == 32) && value.shiftRight(bits - prefix).equals(address.shiftRight(bits - prefix));
  }

  /** Whether the two ranges share an address. */
  public boolean overlaps(Cidr other) {
    if (bits != other.bits) {
      return false;
    }
    int common = Math.min(prefix, other.prefix);
    return address.shiftRight(bits - common).equals(other.address.shiftRight(bits - common));
  }

  /** Whether {@code text} is an IPv4 or IPv6 address literal. */
  public static boolean isAddress(String text) {
    return IPV4.matcher(text).matches() || IPV6.matcher(text).matches() && parsesAsLiteral(text);
  }

  private static boolean parsesAsLiteral(String text) {
    try {
      InetAddress.getByName(text);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static BigInteger address(String ip) {
    if (!isAddress(ip)) {
      throw new IllegalArgumentException("not an IP address: '" + ip + "'");
    }
    try {
      return new BigInteger(1, InetAddress.getByName(ip).getAddress()); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: '" + ip + "'", e);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
