/// <reference types="vite/client" />
/**
 * The embed builder's entry (`/configure/`): every widget, the builder element,
 * and the manifest it generates its form from (copied beside this page by the build).
 */
import '../all.js';
import {VERSION} from '../version.js';
import {readWidgetSpecs, type Manifest} from './manifest.js';
import {EmbedBuilder} from './embed-builder.js';
import {sampleStories} from './samples.js';
import {UI} from './ui-words.js';

customElements.define('embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}

const app = document.querySelector('embed-builder')!;
app.version = VERSION;
app.sampleStories = sampleStories();
app.restore();
try {
  const response = await fetch(new URL('custom-elements.json', document.baseURI), {credentials: 'omit'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  app.specs = readWidgetSpecs((await response.json()) as Manifest);
} catch (error) {
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  message.textContent = UI[app.ui].loadFailed((error as Error).message);
  app.replaceWith(message);
}
