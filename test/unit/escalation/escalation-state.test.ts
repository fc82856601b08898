import { describe, expect, it } from 'vitest';
import { describeEscalation, relativeTime } from '../../../lib/escalation/escalation-state';

const now = Date.UTC(2024, 4, 14, 12, 0, 0);
const MIN = 60_000;

describe('relativeTime', () => {
  it.each([
    [10_000, 'just now', 'только что'],
    [5 * MIN, '5 min ago', '5 мин назад'],
    [59 * MIN, '59 min ago', '59 мин назад'],
    [60 * MIN, '1 h ago', '1 ч назад'],
    [2 * 60 * MIN + 59 * MIN, '2 h ago', '2 ч назад'],
    [3 * 24 * 60 * MIN, '3 d ago', '3 дн. назад'],
  ])('%i ms ago', (ago, en, ru) => {
    expect(relativeTime(now - ago, now, 'en')).toBe(en);
    expect(relativeTime(now - ago, now, 'ru')).toBe(ru);
  });

  it('treats a future time as just now', () => {
    expect(relativeTime(now + 5 * MIN, now, 'en')).toBe('just now');
  });
});

describe('describeEscalation', () => {
  it('names the time and the Jira key', () => {
    const record = { at: now - 2 * 60 * MIN, jiraKey: 'SUPPORT-123' };
    expect(describeEscalation(record, now, 'en')).toBe('escalated 2 h ago, SUPPORT-123');
    expect(describeEscalation(record, now, 'ru')).toBe('эскалировано 2 ч назад, SUPPORT-123');
  });

  it('falls back to Slack, or to the time alone', () => {
    expect(describeEscalation({ at: now - 7 * MIN, slackRef: 'p123' }, now, 'en')).toBe('escalated 7 min ago, Slack');
    expect(describeEscalation({ at: now - 7 * MIN }, now, 'en')).toBe('escalated 7 min ago');
  });
});
