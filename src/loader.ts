/**
 * The CDN autoloader: `<script type="module" src=".../loader.js">`. Each
 * widget's code is fetched, from beside this file, only when its tag is used,
 * and the text of its language (`locales/<lang>.js`) at the same time.
 */
import {autoload, moduleUrl} from './internal/autoload.js';
import {catalogPreloader} from './i18n/preload.js';
import {linkPlaceholders} from './internal/placeholders.js';

// First, before any widget's code is asked for: the placeholder boxes, if the page didn't link them.
linkPlaceholders(new URL('placeholders.css', import.meta.url).href);

const preloadCatalog = catalogPreloader((lang) => moduleUrl(`locales/${lang}`, import.meta.url));

autoload((module) => moduleUrl(module, import.meta.url), undefined, undefined, preloadCatalog);
