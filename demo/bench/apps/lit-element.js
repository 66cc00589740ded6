// Floor: an empty LitElement, the least any Lit widget costs.
import {LitElement} from 'lit';

customElements.define('bench-empty', class extends LitElement {});
