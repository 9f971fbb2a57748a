/**
 * The vocabulary every layer shares, at the bottom of the package graph: where an object sits in a
 * definition ({@link dev.kubeforge.core.ObjectPath}), the builder scope that freezes a definition tree
 * ({@link dev.kubeforge.core.Scope}) and the allowances made in it ({@link dev.kubeforge.core.Allowance}),
 * units ({@link dev.kubeforge.core.Size}, {@link dev.kubeforge.core.Percent}), versions, IP addresses
 * ({@link dev.kubeforge.core.IpAddress}) and CIDRs ({@link dev.kubeforge.core.Cidr}), and the
 * syntax rules for names ({@link dev.kubeforge.core.Names}).
 *
 * <p>Depends on the JDK only: no other Kubeforge package, no fabric8, no Jackson.
 */
package dev.kubeforge.core;
