/**
 * The allocator: a pure function from the pool, the regime's class policy and each site's and
 * session's demand to a rate for every class, site and hotspot session. Hierarchical weighted
 * max-min water-filling with floors (guarantees) and caps (ceilings), work-conserving: {@link
 * id.pita.core.allocation.Allocator} is the entry point; {@code WaterFill} is the rule at one level,
 * {@code TwoPhase} makes it lend spare capacity, {@code DirectionPlan} applies it pool -> classes -> sites,
 * {@code SessionShares} goes on to the sessions (both directions in one pass over primitive columns
 * from {@code SessionGroups}), and {@code Prepared} puts the input in a canonical order so the plan never depends
 * on it. The result maps are {@code RateMap}s: immutable, no entry object per key, kept by {@code Allocation}
 * without a copy.
 */
package id.pita.core.allocation;
