import { render } from 'preact';
import { Popup, type PopupProps } from '../../components/popup/Popup';
import { WorkDoneSection } from '../../components/popup/WorkDoneSection';

export function mount(root: HTMLElement, early: PopupProps['early']) {
  render(<Popup early={early} extraSections={({ lang, settings }) => <WorkDoneSection lang={lang} settings={settings} />} />, root);
}
