// Where the headless browser lives: $CHROME_PATH, else Debian's /usr/bin/chromium,
// else undefined (Playwright's own managed browser on a developer laptop).
import {existsSync} from 'node:fs';

export const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));

// Root in a container needs --no-sandbox; the rest keep Chromium off the network.
export const chromeArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const launchOptions = {executablePath: chromePath, args: chromeArgs, headless: true};
