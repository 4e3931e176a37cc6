import { formatNumber } from '../../../components/format';
import { bundledLibrary } from '../../../lib/corpus/bundled-library';
import { withMentions } from '../../../lib/corpus/mentions';
import { loadedAutomaton } from '../../../platform/knowledge';
import { toCsv, toJsonl } from '../../../lib/corpus/export';
import { formatOf, ImportError, parseImport } from '../../../lib/corpus/import';
import { loadLibrary, putEntries } from '../../../platform/corpus-store';
import { t } from '../../../platform/i18n';
import type { Notice } from './notice';

/** The whole library with texts, for export. */
const fullLibrary = async () => (await loadLibrary(bundledLibrary())).entries;

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Props {
  setNotice: (notice: Notice) => void;
  /** Loads the list again; false when storage failed. */
  reload: () => Promise<boolean>;
}

/** Import a JSONL or CSV file into the library; export the library as JSONL or CSV. */
export function ImportControls({ setNotice, reload }: Props) {
  const importFile = async (file: File) => {
    setNotice({ kind: 'working', text: t('importWorking', [file.name]) });
    try {
      const text = await file.text();
      const parsed = parseImport(text, formatOf(file.name, text));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const automaton = loadedAutomaton();
      await putEntries(parsed.map((entry) => withMentions(entry, automaton)));
      // "Done" once the list holds the new entries, not before: a reader who searches then finds them.
      if (await reload()) setNotice({ kind: 'ok', text: t('importDone', [formatNumber(parsed.length), file.name]) });
    } catch (error) {
      if (error instanceof ImportError)
        setNotice({
          kind: 'error',
          text: t('importFailed', [
            file.name,
            formatNumber(error.line),
            t(`importError_${error.code}`, [error.detail]),
          ]),
        });
      else setNotice({ kind: 'error', text: t('importFailedStorage', [file.name]) });
    }
  };

  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <div class="transfer">
      <label class="file-button">
        {t('importLabel')}
        <input
          type="file"
          data-testid="import-file"
          accept=".jsonl,.ndjson,.json,.csv,application/json,text/csv"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      <button
        type="button"
        data-testid="export-jsonl"
        onClick={() =>
          void fullLibrary().then((all) => download(`repere-corpus-${stamp}.jsonl`, 'application/jsonl', toJsonl(all)))
        }
      >
        {t('exportJsonl')}
      </button>
      <button
        type="button"
        data-testid="export-csv"
        onClick={() => void fullLibrary().then((all) => download(`repere-corpus-${stamp}.csv`, 'text/csv', toCsv(all)))}
      >
        {t('exportCsv')}
      </button>
    </div>
  );
}
