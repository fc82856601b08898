import type { ProfileKey } from '../../lib/carrotquest/profile-keys';
import { phrase } from '../../lib/i18n/language';
import type { Language } from '../../lib/settings/schema';
import { keyLabels } from './key-labels';

/** Keys whose emptiness can be the page's truth rather than a broken selector. */
const MAYBE_EMPTY = new Set<ProfileKey>(['messageFromCustomer', 'assignee']);

const WORDS = {
  en: { showMe: 'Show me', maybeEmpty: '(or empty)', disables: 'Affects: {list}.' },
  ru: { showMe: 'Показать', maybeEmpty: '(или пусто)', disables: 'Не будет работать: {list}.' },
};

/**
 * The health line's list of missing parts: each part's name, what its absence disables, and "Show me", which
 * starts teaching it. Part of the page tools, which the list's buttons need anyway, so the content script
 * carries neither the names nor the list; the health line puts it in its slot when the operator presses *Fix*.
 */
export function healthList(
  doc: Document,
  missing: readonly ProfileKey[],
  lang: Language,
  teach: (key: ProfileKey) => void,
): HTMLUListElement {
  const w = WORDS[lang];
  const list = doc.createElement('ul');
  list.className = 'sk-health__list';
  list.dataset.testid = 'health-list';
  for (const key of missing) {
    const [label, disables] = keyLabels[lang][key];
    const item = doc.createElement('li');
    item.dataset.key = key;
    const name = doc.createElement('strong');
    name.textContent = label;
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.testid = 'health-fix';
    button.dataset.key = key;
    button.textContent = w.showMe;
    // The open shadow root lets the panel's scripts reach this button: only a person's click teaches.
    button.addEventListener('click', (e) => e.isTrusted && teach(key));
    item.append(name, `${MAYBE_EMPTY.has(key) ? ` ${w.maybeEmpty}` : ''} — ${phrase(w.disables, { list: disables })} `, button);
    list.append(item);
  }
  return list;
}
