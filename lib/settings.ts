// The reader's settings, as stored; pure helpers only (storage access lives with each extension context).

export interface Settings {
  highlightsEnabled: boolean;
  /** Host names where Repère stays off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { highlightsEnabled: true, disabledSites: [] };

export function normaliseHostname(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.highlightsEnabled) return false;
  const host = normaliseHostname(hostname);
  return !settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = normaliseHostname(hostname);
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host].sort() };
}

export function parseSettings(stored: unknown): Settings {
  const value = (stored ?? {}) as Partial<Settings>;
  return {
    highlightsEnabled: typeof value.highlightsEnabled === 'boolean' ? value.highlightsEnabled : true,
    disabledSites: Array.isArray(value.disabledSites)
      ? value.disabledSites.filter((site): site is string => typeof site === 'string').map(normaliseHostname)
      : [],
  };
}
