import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Flags for headless Chromium running as root in a container, without the
 * background traffic that a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The browser for end-to-end tests: $GLOSS_CHROMIUM, else the system's
 * Chromium (Debian's package), else Playwright's own, downloaded on first use
 * where the network allows it.
 */
export function findChromium(): string {
  const configured = process.env['GLOSS_CHROMIUM'];
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`GLOSS_CHROMIUM points at ${configured}, which does not exist.`);
  }
  const found = SYSTEM_CHROMIUMS.find((path) => existsSync(path)) ?? playwrightChromium();
  if (found) return found;
  try {
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  } catch {
    // Reported below with what to do instead.
  }
  const downloaded = playwrightChromium();
  if (downloaded) return downloaded;
  throw new Error(
    'No Chromium for the end-to-end tests. Install one (Debian: apt-get install chromium), ' +
      'or let "npx playwright install chromium" download one, or set GLOSS_CHROMIUM to a Chromium binary.',
  );
}
