package dev.kubeforge.core;

/**
 * A limit given either absolutely ({@link Size}) or relative to what the machine has ({@link Percent}),
 * as systemd's {@code MemoryMax=} and its siblings accept both ({@code MemoryMax=48G},
 * {@code MemoryMax=80%}).
 */
public sealed interface Amount permits Size, Percent {}
