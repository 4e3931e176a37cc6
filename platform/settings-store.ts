import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../lib/settings';

// Settings live in storage.local (the `storage` permission): they never leave the machine.
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[KEY]) listener(parseSettings(changes[KEY].newValue));
  });
}
