import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../../components/format';
import { bundledLibrary } from '../../../lib/corpus/bundled-library';
import { toCsv, toJsonl } from '../../../lib/corpus/export';
import { loadLibrary } from '../../../platform/corpus-store';
import { t } from '../../../platform/i18n';
import type { ImportReply } from './import-messages';
import type { Notice } from './notice';
import { startImport, type RunningImport } from './start-import';

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
  // The import in progress: its file, entries stored of the total (unknown while the file is read), and its worker.
  const [progress, setProgress] = useState<{ name: string; done: number; total: number | null } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const running = useRef<RunningImport | null>(null);
  // Leaving the page stops the worker with it; the entries stored so far stay, whole.
  useEffect(() => () => running.current?.cancel(), []);

  const finish = () => {
    running.current = null;
    setProgress(null);
    setCancelling(false);
  };

  const onReply = (name: string, reply: ImportReply) => {
    if (reply.kind === 'parsed') setProgress({ name, done: 0, total: reply.total });
    else if (reply.kind === 'progress') setProgress({ name, done: reply.done, total: reply.total });
    else if (reply.kind === 'done') {
      finish();
      // "Done" once the list holds the new entries, not before: a reader who searches then finds them.
      void reload().then((ok) => {
        if (ok) setNotice({ kind: 'ok', text: t('importDone', [formatNumber(reply.total), name]) });
      });
    } else if (reply.kind === 'cancelled') {
      finish();
      void reload().then(() =>
        setNotice({
          kind: 'ok',
          text: t('importCancelled', [name, formatNumber(reply.done), formatNumber(reply.total)]),
        }),
      );
    } else if (reply.kind === 'invalid') {
      finish();
      setNotice({
        kind: 'error',
        text: t('importFailed', [name, formatNumber(reply.line), t(`importError_${reply.code}`, [reply.detail])]),
      });
    } else if (reply.done > 0) {
      // Whole batches were stored before the error: the list shows them, the notice says how to finish.
      finish();
      void reload().then(() =>
        setNotice({
          kind: 'error',
          text: t('importFailedPartly', [name, formatNumber(reply.done), formatNumber(reply.total)]),
        }),
      );
    } else {
      finish();
      setNotice({ kind: 'error', text: t('importFailedStorage', [name]) });
    }
  };

  const importFile = (file: File) => {
    // The progress line says what is going on; the notice of a former action goes.
    setNotice(null);
    setProgress({ name: file.name, done: 0, total: null });
    running.current = startImport(file, (reply) => onReply(file.name, reply));
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
          disabled={progress !== null}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) importFile(file);
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
      {progress ? (
        <div
          class="import-progress"
          data-testid="import-progress"
          data-done={progress.done}
          data-total={progress.total}
        >
          {/* No value while the file is read: an indeterminate bar. */}
          <progress
            max={progress.total ?? undefined}
            value={progress.total === null ? undefined : progress.done}
          />{' '}
          <span role="status">
            {cancelling
              ? t('importCancelling')
              : t('importProgress', [
                  progress.name,
                  formatNumber(progress.done),
                  progress.total === null ? '…' : formatNumber(progress.total),
                ])}
          </span>{' '}
          <button
            type="button"
            data-testid="import-cancel"
            disabled={cancelling}
            onClick={() => {
              setCancelling(true);
              running.current?.cancel();
            }}
          >
            {t('importCancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
