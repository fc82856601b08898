import { callDueAt, nextSpike } from '../../lib/triage/queue-alert';
import type { FeatureContext, SidebarFeature } from '../sidebar/feature';
import { HelpCall } from './HelpCall';
import { spikeStore } from './spike';

function start(ctx: FeatureContext) {
  const side = spikeStore(ctx.store);
  let cancel = () => {};
  ctx.onSnapshot(({ snapshot }) => {
    const settings = ctx.store.getState().settings;
    if (!settings) return;
    const now = Date.now();
    const spike = nextSpike(side.getState().spike, snapshot.queueCount, now, settings.queueAlert.threshold);
    if (spike === side.getState().spike) return;
    side.setState({ spike });
    // The section looks again when the spike has lasted long enough, even if the page does not change by then.
    cancel();
    const due = callDueAt(spike, settings);
    if (due !== null && due > now) cancel = ctx.after(due - now, () => side.setState((s) => ({ tick: s.tick + 1 })));
  });
}

/** The call for hands in #workspace when the unanswered counter stays at or above the team's threshold. */
export const helpCallFeature: SidebarFeature = {
  id: 'help-call',
  label: { en: 'Call for hands', ru: 'Зов на помощь' },
  slot: 'top',
  Section: HelpCall,
  start,
};
