import type { SidebarFeature } from '../sidebar/feature';
import { useSidebar } from '../sidebar/store';
import { WriteErrorLine } from './WriteErrorLine';

/** The sidebar's line while the background cannot write (set by the host from a call's `WriteError`). */
function WriteStatusSection() {
  const notice = useSidebar((s) => s.writeError);
  return notice ? <WriteErrorLine kind={notice.kind} line={notice.line} className="sk-toast sk-toast--error" /> : null;
}

/** A failed write (quota, a closed database, a newer version's data) said in the sidebar, above everything. */
export const writeStatusFeature: SidebarFeature = {
  id: 'write-status',
  label: { en: 'Saving', ru: 'Сохранение' },
  slot: 'top',
  Section: WriteStatusSection,
};
