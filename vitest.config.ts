import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { defines } from './build.config.js';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

// A factory: Vitest writes into each project's browser options, so projects cannot share one.
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
});

// @open-wc/testing → @web/test-runner-commands imports '/__web-dev-server__web-socket.js', which
// exists only under Web Test Runner (and is reached only by snapshot commands): stub it.
const WTR_SOCKET = '\0wtr-web-socket-stub';
const stubWebTestRunnerSocket = {
  name: 'stub-wtr-web-socket',
  enforce: 'pre' as const,
  resolveId: (id: string) => (id.endsWith('__web-dev-server__web-socket.js') ? WTR_SOCKET : undefined),
  load: (id: string) =>
    id === WTR_SOCKET ? 'export const sendMessageWaitForResponse = () => Promise.reject(new Error("not under Vitest"));' : undefined,
};

export default defineConfig({
  define: defines,
  plugins: [stubWebTestRunnerSocket],
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/localize', '@open-wc/testing'] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'browser', include: ['test/**/*.browser.test.ts'], setupFiles: ['test/setup.browser.ts'], browser: browser() },
      },
      { extends: true, test: { name: 'node', include: ['test/**/*.node.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.e2e.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
