import { readFileSync } from 'node:fs';
import type { TestPage } from './browsers';

const FAKES = '/work/shared/datasets/fakes/dev.jsonl';
const fakesPath = new URL('../../../shared/datasets/fakes/dev.jsonl', import.meta.url);

/** The FA-KES development articles (469 lines of JSONL), read from ../shared. */
export function readFakes(): string {
  try {
    return readFileSync(fakesPath, 'utf8');
  } catch {
    return readFileSync(FAKES, 'utf8');
  }
}

/** Runs in the library page: hands a file to its import input, as choosing it in the file dialog would. */
export function handFileToImport({ name, body }: { name: string; body: string }): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([body], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Hands a file to the library's import input, as choosing it in the file dialog would. */
export function chooseFile(page: TestPage, name: string, body: string): Promise<void> {
  return page.evaluateWith(handFileToImport, { name, body });
}
