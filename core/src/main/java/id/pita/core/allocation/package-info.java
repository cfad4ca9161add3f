/**
 * The allocator: a pure function from the pool, the regime's class policy and each site's and
 * session's demand to a rate for every class, site and hotspot session. Hierarchical weighted
 * max-min water-filling with floors (guarantees) and caps (ceilings), work-conserving: {@link
 * id.pita.core.allocation.Allocator} is the entry point; {@code WaterFill} is the rule at one level,
 * {@code TwoPhase} makes it lend spare capacity, {@code DirectionPlan} applies it pool -> classes -> sites
 * -> sessions, and {@code Prepared} puts the input in a canonical order so the plan never depends on it.
 */
package id.pita.core.allocation;
