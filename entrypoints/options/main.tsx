import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { apiTab, teamTab } from '../../components/api/tab';
import '../../components/options/options.css';

render(<OptionsApp extraTabs={[apiTab, teamTab]} />, document.getElementById('app')!);
