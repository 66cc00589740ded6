/**
 * `import '@ijm/widgets/locales/ro.js'`: the Romanian text, registered at import, so
 * widgets render in Romanian without loading it on first use (e.g. for server
 * rendering, or to save the round trip). Without this import it loads by itself.
 */
import {registerCatalog} from '../locale.js';
import {ro} from '../ro.js';

registerCatalog(ro);

export {ro};
