import { useService, useSidebar } from '../sidebar/store';
import { withPageTools } from './tools';

const CAPTURE = { en: 'Save page capture', ru: 'Сохранить снимок страницы' };

/** The slot the page tools draw the teaching into (its first child, never re-rendered: it has no children here), and "Save page capture". */
export function TeachSection() {
  const lang = useSidebar((s) => s.lang);
  const service = useService();
  return (
    <section data-testid="teach">
      <div />
      <button type="button" data-testid="capture-save" onClick={(e) => e.isTrusted && withPageTools(service, (t) => t.downloadCapture())}>
        {CAPTURE[lang]}
      </button>
    </section>
  );
}
