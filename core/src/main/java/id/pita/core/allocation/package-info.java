/**
 * The allocator: a pure function from the pool, the regime's class policy and each site's and
 * session's demand to a rate for every class, site and hotspot session. Hierarchical weighted
 * max-min water-filling with floors (guarantees) and caps (ceilings), work-conserving.
 */
package id.pita.core.allocation;
