/**
 * User-facing text in Bahasa Indonesia (the default) and English: the {@link id.pita.portal.i18n.Lang} a
 * request asked for and the {@link id.pita.portal.i18n.Messages} bundles it reads from. No web types here,
 * so the engine's Reply-Messages and the portal's pages can share one vocabulary.
 */
package id.pita.portal.i18n;
