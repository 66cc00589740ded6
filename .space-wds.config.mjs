import {esbuildPlugin} from '/work/wt/space/node_modules/@web/dev-server-esbuild/dist/index.js';
import {testApi} from '/work/wt/space/test/server/test-api.mjs';
export default {rootDir: '/work/wt/space', port: 8124, nodeResolve: {exportConditions: ['development']}, plugins: [esbuildPlugin({ts: true, tsconfig: '/work/wt/space/tsconfig.json', target: 'es2022'})], middleware: [testApi]};
