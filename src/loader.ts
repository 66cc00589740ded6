/**
 * The CDN autoloader: `<script type="module" src=".../loader.js">`. Each
 * widget's code is fetched, from beside this file, only when its tag is used,
 * and the text of its language (`locales/<lang>.js`) at the same time.
 */
import {autoload, moduleUrl} from './internal/autoload.js';
import {catalogPreloader} from './i18n/preload.js';
import {reservePlaceholders} from './internal/placeholders.js';

// First, before any widget's code is asked for: every widget tag takes its box while that code is on its way.
reservePlaceholders();

const preloadCatalog = catalogPreloader((lang) => moduleUrl(`locales/${lang}`, import.meta.url));

autoload((module) => moduleUrl(module, import.meta.url), undefined, undefined, preloadCatalog);
