import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

// Storybook is the documentation of the elements. Its Vite builder also loads the project's
// vite.config.ts: the `define`s (__COP_VERSION__) apply here, build.lib does not.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Files the stories fetch (the `src` story), served next to iframe.html.
  staticDirs: [{ from: '../stories/assets', to: '/story-assets' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // In dev, every lit entry point must be pre-bundled together; otherwise the renderer's
  // lit/directive-helpers.js pulls in a second lit-html ("Multiple versions of Lit loaded").
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive-helpers.js',
          'lit/directives/if-defined.js',
          'lit/directives/style-map.js',
          '@lit/localize',
        ],
      },
    }),
};
export default config;
