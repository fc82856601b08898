/**
 * The sidebar's shadow root is open (tests and accessibility tools read it), so a script of the
 * panel's page can find its buttons and call `.click()`. A button that does something beyond the
 * sidebar (posts, copies, inserts, applies a tag, opens a window) acts only on the person's own
 * input: the browser marks those events `isTrusted`, a script's are not.
 */
let accept = (e: Event): boolean => e.isTrusted;

export function trusted<E extends Event>(act: (e: E) => unknown): (e: E) => void {
  return (e) => {
    if (!accept(e)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    void act(e);
  };
}

/** Component tests click with synthetic events; their setup accepts those (test/unit/setup.ts). */
export function acceptEvents(check: (e: Event) => boolean): void {
  accept = check;
}
