import { usePhrases } from '../shared/usePhrases';
import { useSidebar } from './store';
import { strings } from './strings';

/**
 * Says when the address names a dialogue the page does not show yet (a router loading it, or a failed load):
 * the sections below still show the dialogue last shown, and nothing is recorded for the new one meanwhile.
 */
export function PageStateLine() {
  const t = usePhrases(strings);
  const page = useSidebar((s) => s.page);
  if (page.state === 'ready') return null;
  const stuck = page.state === 'stuck';
  return (
    <p
      class={`sk-page sk-page--${page.state}`}
      data-testid="page-state"
      data-state={page.state}
      data-dialogue-id={page.id}
      data-reason={stuck ? page.reason : undefined}
      role={stuck ? 'alert' : 'status'}
    >
      {t(stuck ? 'pageStuck' : 'pageLoading', { id: page.id })}
    </p>
  );
}
