import {defineConfig} from 'vite';

export default defineConfig({
  build: {chunkSizeWarningLimit: 2000},
  optimizeDeps: {include: ['lit', 'lit/decorators.js', 'lit/directives/class-map.js', '@lit/context']},
});
