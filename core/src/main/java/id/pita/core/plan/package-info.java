/**
 * The {@code plan} command: a dry run of the allocator for a district at a chosen local time, offline,
 * so that Diskominfo can see what a policy or calendar change would do before importing it. It reads a
 * district file or a demo, works out the regime from the district's own calendar and zone, assumes every
 * site wants its ceiling and no hotspot sessions (approved boosts are not known offline), and prints
 * the plan as an aligned table (Bahasa Indonesia or English) or as CSV in bit/s.
 */
package id.pita.core.plan;
