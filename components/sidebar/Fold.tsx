import type { ComponentChildren } from 'preact';
import { useSidebar } from './store';

/**
 * A section the operator can fold to its title; the choice is remembered across dialogues and page loads.
 * The folded content stays mounted (hidden), so what it works out for the sticky bar keeps coming.
 */
export function Fold({
  id,
  title,
  defaultFolded = false,
  children,
}: {
  id: string;
  title: string | { en: string; ru: string };
  defaultFolded?: boolean;
  children: ComponentChildren;
}) {
  const lang = useSidebar((s) => s.lang);
  const folded = useSidebar((s) => s.folded[id] ?? defaultFolded);
  const setFolded = useSidebar((s) => s.actions.setFolded);
  const bodyId = `sk-fold-${id}`;
  return (
    <div class={folded ? 'sk-fold sk-fold--folded' : 'sk-fold'} data-testid="fold" data-fold={id} data-folded={folded}>
      <button type="button" class="sk-fold__head" aria-expanded={!folded} aria-controls={bodyId} onClick={() => setFolded(id, !folded)}>
        <span class="sk-fold__chev" aria-hidden="true">
          {folded ? '▸' : '▾'}
        </span>
        {typeof title === 'string' ? title : title[lang]}
      </button>
      <div class="sk-fold__body" id={bodyId} hidden={folded}>
        {children}
      </div>
    </div>
  );
}
