package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;

/**
 * An IPv4 or IPv6 address, such as {@code 10.1.0.1} or {@code fd00::1}. Parsed from a literal without
 * any name lookup; its text is canonical: dotted decimal for IPv4, RFC 5952 for IPv6 (lowercase, the
 * longest run of zero groups written {@code ::}).
 *
 * @param value the address as an unsigned number
 * @param bits 32 for IPv4, 128 for IPv6
 */
public record IpAddress(BigInteger value, int bits) {

  private static final BigInteger MAPPED_V4_PREFIX = BigInteger.valueOf(0xffffL);

  public IpAddress {
    requireNonNull(value, "value");
    if (bits != 32 && bits != 128 || value.signum() < 0 || value.bitLength() > bits) {
      throw new IllegalArgumentException("not an IPv4 (32 bits) or IPv6 (128 bits) address: " + value + "/" + bits);
    }
  }

  /** Parses an IPv4 ({@code 10.1.0.1}) or IPv6 ({@code fd00::1}, {@code ::ffff:10.1.0.1}) literal. */
  public static IpAddress parse(String text) {
    requireNonNull(text, "address");
    var address = parseOrNull(text);
    if (address == null) {
      throw new IllegalArgumentException("not an IP address: '" + text + "'");
    }
    return address;
  }

  /** Whether {@code text} is an IPv4 or IPv6 address literal (never resolved). */
  public static boolean isValid(String text) {
    return text != null && parseOrNull(text) != null;
  }

  /** Whether this is an IPv4 address. */
  public boolean isV4() {
    return bits == 32;
  }

  /** The canonical text: {@code 10.1.0.1}, {@code fd00::1}. */
  @Override
  public String toString() {
    if (isV4()) {
      return dotted(value.longValue());
    }
    var groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    }
    if (value.shiftRight(32).equals(MAPPED_V4_PREFIX)) {
      return "::ffff:" + dotted(value.longValue() & 0xffffffffL);
    }
    int bestStart = -1;
    int bestLength = 1; // RFC 5952 4.2.2: a single zero group is not compressed
    for (int i = 0; i < 8; i++) {
      int length = 0;
      while (i + length < 8 && groups[i + length] == 0) {
        length++;
      }
      if (length > bestLength) {
        bestStart = i;
        bestLength = length;
      }
      i += length;
    }
    var text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }

  private static String dotted(long v4) {
    return (v4 >> 24 & 0xff) + "." + (v4 >> 16 & 0xff) + "." + (v4 >> 8 & 0xff) + "." + (v4 & 0xff);
  }

  private static IpAddress parseOrNull(String text) {
    if (text.indexOf(':') < 0) {
      long v4 = v4(text);
      return v4 < 0 ? null : new IpAddress(BigInteger.valueOf(v4), 32);
    }
    return v6(text);
  }

  /** The value of a dotted-decimal IPv4 literal (no leading zeros), or -1. */
  private static long v4(String text) {
    var parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return -1;
    }
    long value = 0;
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0') {
        return -1;
      }
      int octet = 0;
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        octet = octet * 10 + (c - '0');
      }
      if (octet > 255) {
        return -1;
      }
      value = value << 8 | octet;
    }
    return value;
  }

  private static IpAddress v6(String text) {
    int compressed = text.indexOf("::");
    if (compressed >= 0 && text.indexOf("::", compressed + 1) >= 0) {
      return null;
    }
    var body = text;
    long tail = -1;
    int lastColon = text.lastIndexOf(':');
    if (text.indexOf('.') > lastColon) {
      tail = v4(text.substring(lastColon + 1));
      if (tail < 0) {
        return null;
      }
      body = text.substring(0, lastColon + 1) + "0:0";
    }
    var head = compressed >= 0 ? body.substring(0, body.indexOf("::")) : body;
    var rest = compressed >= 0 ? body.substring(body.indexOf("::") + 2) : "";
    var front = groups(head);
    var back = groups(rest);
    if (front == null || back == null) {
      return null;
    }
    int count = front.length + back.length;
    if (compressed >= 0 ? count > 7 : count != 8) {
      return null;
    }
    var value = BigInteger.ZERO;
    for (int group : front) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(group));
    }
    value = value.shiftLeft(16 * (8 - count));
    for (int group : back) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(group));
    }
    if (tail >= 0) {
      value = value.shiftRight(32).shiftLeft(32).or(BigInteger.valueOf(tail));
    }
    return new IpAddress(value, 128);
  }

  /** The groups of {@code a:b:c}, or an empty array for "", or null if one is not 1 to 4 hex digits. */
  private static int[] groups(String text) {
    if (text.isEmpty()) {
      return new int[0];
    }
    var parts = text.split(":", -1);
    var groups = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      var part = parts[i];
      if (part.isEmpty() || part.length() > 4) {
        return null;
      }
      int group = 0;
      for (int j = 0; j < part.length(); j++) {
        char c = part.charAt(j);
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0) {
          return null;
        }
        group = group << 4 | digit;
      }
      groups[i] = group;
    }
    return groups;
  }
}
