/**
 * Pita's core: the district model, the working calendar and its regimes, the allocator and the
 * store. Pure Java plus JDBI and SQLite; no network frameworks. Sub-packages by concept:
 * {@code district} (the immutable model), {@code calendar}, {@code allocation}, {@code session},
 * {@code credential}, {@code store}, {@code config} (district files).
 */
package id.pita.core;
