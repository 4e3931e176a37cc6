import { browser } from 'wxt/browser';

/** A localised UI string from public/_locales; the key itself if a translation is missing (visible in review). */
export function t(key: string, substitutions?: (string | number)[]): string {
  // The generated typings only accept literal keys; keys here are also built from data (lang_fr, lang_en…).
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  const message = getMessage(key, substitutions?.map(String));
  return message || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
