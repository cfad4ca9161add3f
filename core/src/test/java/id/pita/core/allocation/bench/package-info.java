/**
 * JMH benchmarks of the allocator (test sources only; run by {@code scripts/bench/allocator}, never by the
 * test suite).
 */
package id.pita.core.allocation.bench;
