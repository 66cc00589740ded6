/**
 * The CDN autoloader: `<script type="module" src=".../loader.js">`. Each
 * widget's code is fetched, from beside this file, only when its tag is used.
 */
import {autoload} from './internal/autoload.js';

// Kept in a variable so the bundler leaves this runtime URL alone.
const here = import.meta.url;
autoload((module) => new URL(`./${module}.js`, here).href);
