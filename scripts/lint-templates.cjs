// `npm run lint` part 2: lit-analyzer checks every Lit template (unknown elements and attributes,
// binding types, missing imports). lit-analyzer needs TypeScript's compiler API, which
// TypeScript 7 (this project's type-checker) no longer has, so here `require('typescript')` is
// pointed at the TypeScript 5 that lit-analyzer's own dependency (web-component-analyzer) ships.
const Module = require('node:module');
const path = require('node:path');

// Found from lit-analyzer's own entry, whatever npm hoisted where.
const wca = path.join(path.dirname(require.resolve('lit-analyzer/cli.js')), '..', 'web-component-analyzer');
const ts5 = require.resolve('typescript', {paths: [wca, path.dirname(require.resolve('lit-analyzer/cli.js'))]});
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? ts5 : resolve.call(this, request, ...rest);
};

process.argv = [process.argv[0], 'lit-analyzer', 'src', '--strict', '--rules.no-incompatible-type-binding', 'error', '--rules.no-invalid-css', 'off', '--rules.no-missing-import', 'off', ...process.argv.slice(2)];
require('lit-analyzer/cli.js');
