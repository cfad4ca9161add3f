/**
 * RADIUS attribute names, numbers and data types as data: a FreeRADIUS-like text resource
 * ({@code /radius/dictionary}) with the standard attributes (RFC 2865, 2866, 2869, 3162, 5176) and
 * the MikroTik, WISPr and ChilliSpot vendors. {@link id.pita.engine.radius.dictionary.Dictionary}
 * looks attributes up by name or number; {@link id.pita.engine.radius.dictionary.AttributeDef}
 * builds attributes and reads typed values out of packets. Pure, no I/O beyond loading the resource.
 */
package id.pita.engine.radius.dictionary;
