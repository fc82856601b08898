import { customerWaiting, isLongWait } from '../../lib/triage/waiting';
import { useMinuteClock } from '../replies/useMinuteClock';
import { usePhrases } from '../shared/usePhrases';
import { useSidebar } from '../sidebar/store';
import { strings } from './strings';

/** How long the customer has waited for an answer; amber past the team's threshold during the shift. */
export function WaitingBadge() {
  const t = usePhrases(strings);
  const snap = useSidebar((s) => s.snapshot);
  const settings = useSidebar((s) => s.settings);
  const now = useMinuteClock(snap?.id ?? null);
  const waiting = snap?.id ? customerWaiting(snap.messages, now.getTime()) : null;
  if (!waiting) return null;
  const { minutes } = waiting;
  const long = !!settings && isLongWait(waiting, now, settings);
  const text =
    minutes < 60
      ? t('min', { n: minutes })
      : minutes < 48 * 60
        ? t('hours', { h: Math.floor(minutes / 60), n: minutes % 60 })
        : t('days', { d: Math.floor(minutes / 1440) });
  return (
    <p class={`sk-waiting${long ? ' sk-waiting--long' : ''}`} data-testid="waiting" data-long={long ? 'true' : 'false'} title={t('title')}>
      {text}
    </p>
  );
}
