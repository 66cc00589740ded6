// Anchor: Shoelace's card (pinned devDependency), built the same way.
import '@shoelace-style/shoelace/dist/components/card/card.js';
