/**
 * One-time credentials: the portal mints one for a citizen's device (MAC) at a hotspot gateway
 * after the terms click-through; the gateway presents it to the engine over RADIUS, which redeems
 * it once. Short-lived and single use, so a credential seen on the air is worth nothing later.
 */
package id.pita.core.credential;
