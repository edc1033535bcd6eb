import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/browser';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }], ...(process.env['CI'] ? [] : [['html', { open: 'never' }] as const])],
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/electron/**',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
        trace: 'retain-on-failure',
      },
    },
    { name: 'electron', testMatch: '**/electron/**/*.spec.ts' },
  ],
});
