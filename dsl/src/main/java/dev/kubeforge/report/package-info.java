/**
 * Reports of a generation's problems for tools other than a log: {@link dev.kubeforge.report.SarifReport}
 * writes them as SARIF 2.1.0, which code review (GitHub code scanning) shows on the Java line that
 * declared the object.
 *
 * <p>Above {@code check}: depends on {@code check} (problems, check ids) and {@code core} (paths and
 * declarations), and on Jackson 3 to write JSON. {@code output} stays format-free; nothing in the
 * pipeline depends on this package, so the Maven plugin and plain-Java users call it after a generation.
 */
package dev.kubeforge.report;
