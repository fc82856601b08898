import type { OptionsTab } from '../options/OptionsApp';
import { ApiConnect } from './ApiConnect';

/** The options page's "CarrotQuest API" tab. */
export const apiTab: OptionsTab = { id: 'api', label: { en: 'CarrotQuest API', ru: 'API CarrotQuest' }, render: () => <ApiConnect /> };
