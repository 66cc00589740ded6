/**
 * `import '@ijm/widgets/locales/uk.js'`: the Ukrainian text, registered at import, so
 * widgets render in Ukrainian without loading it on first use (e.g. for server
 * rendering, or to save the round trip). Without this import it loads by itself.
 */
import {registerCatalog} from '../locale.js';
import {uk} from '../uk.js';

registerCatalog(uk);

export {uk};
