// Launches Debian's Chromium (or $CHROMIUM_PATH) headless through playwright-core,
// with the same flags for tests, benchmarks, profiles and screenshots: no
// sandbox (containers run as root), no GPU, no background traffic.
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
// Extra flags for experiments, e.g. CHROMIUM_ARGS='--js-flags=--liftoff-only'.
const EXTRA = (process.env.CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: [...LAUNCH_ARGS, ...EXTRA] });
}
