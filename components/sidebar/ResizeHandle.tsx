import { useRef } from 'preact/hooks';
import { useSidebar } from './store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

/**
 * The sidebar's inner edge: dragged with the pointer, or moved with the arrow keys when focused.
 * The width is remembered when the drag ends.
 */
export function ResizeHandle() {
  const t = usePhrases(strings);
  const layout = useSidebar((s) => s.layout);
  const setWidth = useSidebar((s) => s.actions.setWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  // Dragging towards the page widens a right-hand sidebar and narrows a left-hand drawer.
  const sign = layout.side === 'right' ? -1 : 1;
  const widthAt = (x: number) => drag.current!.width + sign * (x - drag.current!.x);
  return (
    <div
      class="sk-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resize')}
      title={t('resize')}
      aria-valuenow={layout.width}
      tabIndex={0}
      data-testid="sidebar-resize"
      onPointerDown={(e) => {
        if (!e.isTrusted || e.button !== 0) return;
        drag.current = { x: e.clientX, width: layout.width };
        (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (drag.current) setWidth(widthAt(e.clientX), false);
      }}
      onPointerUp={(e) => {
        if (!drag.current) return;
        setWidth(widthAt(e.clientX), true);
        drag.current = null;
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        // Towards the page widens: left for a right-hand sidebar, right for a left-hand drawer.
        const towardsPage = (e.key === 'ArrowLeft') === (layout.side === 'right');
        setWidth(layout.width + (towardsPage ? 16 : -16), true);
      }}
    />
  );
}
