import { slackChannelLinks } from '../../lib/escalation/slack-links';
import { callOffered, helpCallText } from '../../lib/triage/queue-alert';
import { useMinuteClock } from '../replies/useMinuteClock';
import { usePhrases } from '../shared/usePhrases';
import { useStore } from '../shared/useStore';
import { useSidebar, useSidebarStore } from '../sidebar/store';
import { trusted } from '../sidebar/trusted';
import { spikeStore } from './spike';
import { strings } from './strings';

/** The call for hands in #workspace while the unanswered counter stays high: copy the team's words, open the channel. */
export function HelpCall() {
  const t = usePhrases(strings);
  const side = spikeStore(useSidebarStore());
  const spike = useStore(side, (s) => s.spike);
  const tick = useStore(side, (s) => s.tick);
  const settings = useSidebar((s) => s.settings);
  const lang = useSidebar((s) => s.lang);
  const actions = useSidebar((s) => s.actions);
  useMinuteClock(tick);
  if (!settings || !callOffered(spike, new Date(), settings)) return null;
  const links = slackChannelLinks({ ...settings.slack, channelId: settings.queueAlert.channelId });
  const done = () => side.setState((s) => ({ spike: { ...s.spike, done: true } }));
  const call = async () => {
    done();
    await actions.copy(helpCallText(settings.queueAlert.message, spike.count, lang));
    if (links) actions.openLink(links.app);
  };
  return (
    <p class="sk-reminder" role="status">
      {t('pile', { n: spike.count })}{' '}
      <button
        type="button"
        class="sk-btn sk-btn--primary sk-btn--small"
        data-testid="help-call"
        title={links ? undefined : t('noChannel')}
        onClick={trusted(call)}
      >
        {t('call')}
      </button>{' '}
      <button type="button" class="sk-btn sk-btn--small" data-testid="help-call-dismiss" aria-label="×" onClick={done}>
        ×
      </button>
    </p>
  );
}
