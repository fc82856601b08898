/**
 * Makes room for the sidebar by narrowing the page instead of covering it: the panel reflows into the
 * space left, so none of its controls end up under the sidebar. Returns a function that undoes it.
 */
export function reserveSidebarSpace(widthPx: number, doc: Document = document): () => void {
  const style = doc.createElement('style');
  style.dataset.sidekick = 'layout';
  style.textContent = `html { margin-right: ${Math.max(0, Math.round(widthPx))}px !important; }`;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}
