/**
 * Opens a dialogue the operator just left. Going back in history lets the panel's own router show it
 * without a reload; when history does not lead there, the link is opened instead.
 */
export async function openDialogue(
  id: string,
  link: string | null,
  currentId: () => string | null,
  win: Window = window,
  timeoutMs = 2500,
): Promise<'history' | 'reload' | 'failed'> {
  if (currentId() === id) return 'history';
  win.history.back();
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 50));
    if (currentId() === id) return 'history';
  }
  if (link) {
    win.location.assign(link);
    return 'reload';
  }
  return 'failed';
}

/** Opens a link in a new tab, without giving it a handle on the panel. */
export function openInNewTab(url: string, win: Window = window): void {
  win.open(url, '_blank', 'noopener');
}

/** The panel's address now, to come back to after a detour through another dialogue. */
export function currentAddress(win: Window = window): string {
  return win.location.href;
}

/** Returns to `address` after `openDialogue` went back in history to reach another dialogue. */
export function returnForward(address: string, win: Window = window): void {
  if (win.location.href !== address) win.history.forward();
}
