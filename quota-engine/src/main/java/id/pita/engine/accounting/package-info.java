/**
 * Accounting: records from gateways made durable before they are acknowledged, batched into one
 * transaction per few milliseconds (group commit).
 */
package id.pita.engine.accounting;
