import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../shared/latest';
import { usePhrases } from '../shared/usePhrases';
import { useSidebarStore } from '../sidebar/store';
import type { PanelsPart, PanelsProps } from './EscalationPanels';
import type { PanelsApi } from './panels-island';
import { loadPanels, panelsNow } from './panels-loader';
import { sectionStrings } from './section-strings';

/**
 * A place in the escalation section that the panels draw into once loaded; the section renders it only
 * when the dialogue needs them. It passes the latest props on every render of the section.
 */
export function PanelsSlot({ part, ...props }: (PanelsProps & { part: PanelsPart }) | { part: 'handover' }) {
  const t = usePhrases(sectionStrings);
  const store = useSidebarStore();
  const slot = useRef<HTMLDivElement>(null);
  const [api, setApi] = useState<PanelsApi | null>(panelsNow);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (api) return;
    let alive = true;
    loadPanels().then(
      (loaded) => alive && setApi(() => loaded),
      (e: unknown) => alive && setFailed(errorMessage(e)),
    );
    return () => {
      alive = false;
    };
  }, [api]);

  useLayoutEffect(() => {
    // "Hand over" (the replies' end) reads the store alone.
    if (api && slot.current) api.render(slot.current, store, part, props as PanelsProps);
  });

  useLayoutEffect(() => {
    const el = slot.current;
    return () => {
      if (api && el) api.unmount(el);
    };
  }, [api]);

  return (
    <>
      <div ref={slot} class="sk-esc-slot" />
      {failed && (
        <p class="sk-esc-status sk-esc-status--error" role="alert" data-testid="escalation-error">
          {t('panelsFailed', { error: failed })}
        </p>
      )}
    </>
  );
}
