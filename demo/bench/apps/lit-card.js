// Anchor: a minimal story card in plain Lit (demo/bench/apps/minimal-card.js).
import {LitElement} from 'lit';
import {minimalCardStyles, renderMinimalCard} from './minimal-card.js';

class BenchLitCard extends LitElement {
  static properties = {href: {}, heading: {}, summary: {}, image: {}, date: {}};
  static styles = minimalCardStyles;
  render() {
    return renderMinimalCard(this);
  }
}
customElements.define('bench-lit-card', BenchLitCard);
