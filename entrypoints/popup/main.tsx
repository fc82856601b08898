import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { WorkDoneSection } from '../../components/popup/WorkDoneSection';
import './style.css';

render(
  <Popup extraSections={({ lang, settings }) => <WorkDoneSection lang={lang} settings={settings} />} />,
  document.getElementById('app')!,
);
