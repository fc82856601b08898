import { useState } from 'preact/hooks';
import { service } from '../../lib/channel/client';
import { fileTooLarge } from '../../lib/data/file-size';
import { formatOfFileName, parseDataset } from '../../lib/tags/dataset';
import { useOptions } from './useOptions';

/**
 * Starts the tag model from the team's past tagging. The whole file is checked before anything is
 * learned: a broken line or a tag the team does not use refuses it, naming the line.
 */
export function HistoryImport() {
  const { t, settings } = useOptions();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const format = formatOfFileName(file.name);
    if (!format) {
      setStatus({ ok: false, text: `${file.name}: expected a .csv or .jsonl file` });
      return;
    }
    const large = fileTooLarge(file.size, 'history');
    if (large) {
      setStatus({ ok: false, text: t('rejected', { error: `${file.name}: ${t('tooLarge', large)}` }) });
      return;
    }
    let known: string[] | undefined;
    try {
      const learned = await service.call('knownTags');
      const vocabulary = [...settings.tags.map((x) => x.name), ...learned];
      // With no vocabulary yet, the history itself defines the team's tags.
      known = vocabulary.length ? vocabulary : undefined;
    } catch {
      known = settings.tags.length ? settings.tags.map((x) => x.name) : undefined;
    }
    const parsed = parseDataset(await file.text(), format, file.name, { knownTags: known });
    if (!parsed.ok) {
      setStatus({ ok: false, text: t('rejected', { error: parsed.error }) });
      return;
    }
    try {
      const r = await service.call('importHistory', { items: parsed.items.map(({ messages, tags }) => ({ messages, tags })) });
      setStatus({ ok: true, text: t('historyDone', { n: r.learned }) });
    } catch (err) {
      setStatus({ ok: false, text: String((err as Error).message ?? err) });
    }
  };
  return (
    <section class="op-card">
      <h2>{t('history')}</h2>
      <p class="op-hint">{t('historyHint')}</p>
      <input type="file" accept=".csv,.jsonl,.ndjson" data-testid="history-import" onChange={onFile} />
      {status && (
        <p
          class={status.ok ? 'op-status op-status--ok' : 'op-status op-status--error'}
          data-testid="history-status"
          role={status.ok ? 'status' : 'alert'}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
