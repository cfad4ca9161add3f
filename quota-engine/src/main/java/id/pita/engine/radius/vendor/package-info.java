/**
 * Vendor vocabularies: turns a vendor-neutral {@link id.pita.engine.access.RateReply} into the
 * attributes each gateway make understands (MikroTik, CoovaChilli, generic WISPr), with the units and
 * quirks recorded in GATEWAYS.md. Pure.
 */
package id.pita.engine.radius.vendor;
