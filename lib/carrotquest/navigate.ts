/**
 * Moves the panel to `address` the way its own router moves: a history entry is pushed and the router
 * is told (popstate), so the single-page panel shows it without a reload.
 */
export function goToAddress(address: string, win: Window = window): void {
  if (win.location.href === address) return;
  win.history.pushState(win.history.state, '', address);
  win.dispatchEvent(new PopStateEvent('popstate', { state: win.history.state }));
}

/**
 * Opens a dialogue by its own link, whatever the operator opened since: the panel's router is asked
 * to show it in place; when the page does not follow within `timeoutMs`, the link is loaded instead.
 */
export async function openDialogue(
  id: string,
  link: string | null,
  currentId: () => string | null,
  win: Window = window,
  timeoutMs = 2500,
): Promise<'in-place' | 'reload' | 'failed'> {
  if (currentId() === id) return 'in-place';
  if (!link) return 'failed';
  goToAddress(link, win);
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 50));
    if (currentId() === id) return 'in-place';
  }
  win.location.assign(link);
  return 'reload';
}

/** Opens a link in a new tab, without giving it a handle on the panel. */
export function openInNewTab(url: string, win: Window = window): void {
  win.open(url, '_blank', 'noopener');
}

/** The panel's address now, to come back to after a detour through another dialogue. */
export function currentAddress(win: Window = window): string {
  return win.location.href;
}
