/**
 * Copies text. The async Clipboard API needs focus and may be refused; the old copy command on a
 * hidden textarea inside our own shadow root is the fallback, so nothing is ever just lost.
 */
export async function copyText(text: string, container?: ParentNode & Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    /* fall back below */
  }
  const doc = container?.ownerDocument ?? document;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  (container ?? doc.body).appendChild(area);
  area.select();
  let ok: boolean;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
