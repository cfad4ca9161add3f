/**
 * The composition root: {@link id.pita.portal.app.Pita} opens the store, builds the engine (RADIUS server,
 * group commit, control loop, CoA client) and the web server (citizen portal, console, API) over one live
 * district, and stops them in order. The adapters here connect the parts' ports to the store and to each
 * other; they hold no policy of their own. {@link id.pita.portal.app.PitaConfig} is the one config file.
 */
package id.pita.portal.app;
