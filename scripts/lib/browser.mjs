import { chromium } from 'playwright-core';
import { CHROMIUM } from './paths.mjs';

/** Debian's Chromium, headless, with no background network traffic. */
export function launchBrowser(profileDir) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    env: { ...process.env, XDG_CONFIG_HOME: profileDir },
  });
}
