/**
 * `import '@ijm/widgets/locales/bg.js'`: the Bulgarian text, registered at import, so
 * widgets render in Bulgarian without loading it on first use (e.g. for server
 * rendering, or to save the round trip). Without this import it loads by itself.
 */
import {registerCatalog} from '../locale.js';
import {bg} from '../bg.js';

registerCatalog(bg);

export {bg};
