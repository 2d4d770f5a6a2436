/**
 * JMH benchmarks of the pre-flight checks: the spec-derived rules against hand-written checks of
 * the same constraints. Run with {@code -Pbenchmark}; figures in docs/benchmarks.md.
 */
package dev.offerstatus.benchmarks;
