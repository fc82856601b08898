import type { OptionsTab } from '../options/OptionsApp';
import { ApiConnect } from './ApiConnect';
import { TeamPanel } from './TeamPanel';
import { teamTabLabel } from './team-strings';

/** The options page's "CarrotQuest API" tab. */
export const apiTab: OptionsTab = { id: 'api', label: { en: 'CarrotQuest API', ru: 'API CarrotQuest' }, render: () => <ApiConnect /> };

/** The options page's "Team" tab, for a lead: the team's coverage from CarrotQuest's API. */
export const teamTab: OptionsTab = { id: 'team', label: teamTabLabel, render: () => <TeamPanel /> };
