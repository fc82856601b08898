import { useState } from 'preact/hooks';
import { useSidebar } from './store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';
import { trusted } from './trusted';

export function LinkSection() {
  const t = usePhrases(strings);
  const snap = useSidebar((s) => s.snapshot);
  const copy = useSidebar((s) => s.actions.copy);
  const [copied, setCopied] = useState(false);
  if (!snap?.id) return null;
  return (
    <section class="sk-section sk-link">
      <span class="sk-muted">#</span>
      <code data-testid="dialogue-id">{snap.id}</code>
      {snap.link && (
        <>
          <a data-testid="dialogue-link" href={snap.link} target="_blank" rel="noopener noreferrer" title={t('link')}>
            {t('link')}
          </a>
          <button type="button" class="sk-btn sk-btn--small" onClick={trusted(async () => setCopied(await copy(snap.link!)))}>
            {copied ? t('copied') : t('copy')}
          </button>
        </>
      )}
    </section>
  );
}
