/**
 * District files: a regency's configuration as YAML (sites, gateways, calendar, policies, citizen
 * plan) with human units ({@code 100M}, {@code 1GB}, {@code 15m}, {@code 07:30}), read into the
 * validated model so that every error names the file, line, column and field; and the importer that
 * puts a fully validated district into the store in one transaction.
 */
package id.pita.core.config;
