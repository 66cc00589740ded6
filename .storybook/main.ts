import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook gets its own small Vite config, not the package build's.
    options: {builder: {viteConfigPath: '.storybook/vite.config.ts'}},
  },
  core: {disableTelemetry: true},
  docs: {defaultName: 'Docs'},
};

export default config;
