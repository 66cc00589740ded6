/**
 * The CDN autoloader: `<script type="module" src=".../loader.js">`. Each
 * widget's code is fetched, from beside this file, only when its tag is used.
 */
import {autoload, moduleUrl} from './internal/autoload.js';

autoload((module) => moduleUrl(module, import.meta.url));
