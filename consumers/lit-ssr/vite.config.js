// The client bundle, with Lit's development build (the `development` export condition), which
// warns about hydration mismatches.
import {defineConfig} from 'vite';

export default defineConfig({
  logLevel: 'warn',
  resolve: {conditions: ['development', 'module', 'browser']},
  build: {lib: {entry: 'client.js', formats: ['es'], fileName: () => 'client.js'}, minify: false},
});
