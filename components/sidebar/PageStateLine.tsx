import { useSidebar } from './store';
import { useT } from './useT';

/**
 * Says when the address names a dialogue the page does not show yet (a router loading it, or a failed load):
 * the sections below still show the dialogue last shown, and nothing is recorded for the new one meanwhile.
 */
export function PageStateLine() {
  const t = useT();
  const page = useSidebar((s) => s.page);
  if (page.state === 'ready') return null;
  const stuck = page.state === 'stuck';
  const text = !stuck ? t('pageLoading', { id: page.id }) : page.reason === 'other-dialogue' ? t('pageStuckOther', { id: page.id }) : t('pageStuck', { id: page.id });
  return (
    <p
      class={stuck ? 'sk-page sk-page--stuck' : 'sk-page sk-page--loading'}
      data-testid="page-state"
      data-state={page.state}
      data-dialogue-id={page.id}
      role={stuck ? 'alert' : 'status'}
    >
      {text}
    </p>
  );
}
