import { launchChromium, launchFirefox, type BrowserHarness } from './support/browsers';
import { startFixtureServer } from './support/fixture-server';

/** Runs `shoot` in headless Chromium, then Firefox, each with the built extension, on the fixture server. */
export async function inEachBrowser(shoot: (harness: BrowserHarness, origin: string) => Promise<void>): Promise<void> {
  const server = await startFixtureServer();
  try {
    for (const launch of [launchChromium, launchFirefox]) {
      const harness = await launch();
      try {
        await shoot(harness, server.origin);
      } finally {
        await harness.close();
      }
    }
  } finally {
    await server.close();
  }
}
