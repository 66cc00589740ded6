// Reads src/widget-modules.ts (the one list of tags and modules) for Node scripts,
// which cannot import TypeScript on Node 20.
import {readFileSync} from 'node:fs';

const source = readFileSync(new URL('../src/widget-modules.ts', import.meta.url), 'utf8');
export const widgetModules = Object.fromEntries(
  [...source.matchAll(/'(ijm-[a-z-]+)':\s*'([a-z-]+)'/g)].map(([, tag, module]) => [tag, module]),
);
