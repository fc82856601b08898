import { describe, expect, it } from 'vitest';
import { BUILT_IN_REPLY_IDS } from '../../../lib/replies/library';
import { playbook } from '../../../lib/triage/playbook';

describe('playbook', () => {
  it('critical: acknowledge, #tech-questions, Jira, teammates, in that order', () => {
    expect(playbook('critical').map((s) => s.action)).toEqual(['ack', 'slack', 'jira', 'invite']);
  });

  it('complex: acknowledge and promise results; simple: answer; proposal: tag', () => {
    expect(playbook('complex').map((s) => s.action)).toEqual(['ack', 'search', 'team', 'slack']);
    expect(playbook('simple').map((s) => s.action)).toEqual(['answer']);
    expect(playbook('proposal')).toEqual([expect.objectContaining({ action: 'tag', tag: 'domains-ssl-recheck' })]);
  });

  it('has texts in both languages and points only at existing replies', () => {
    for (const level of ['simple', 'complex', 'critical', 'proposal'] as const) {
      for (const step of playbook(level)) {
        expect(step.text.ru).toMatch(/[а-я]/i);
        expect(step.text.en).toMatch(/[a-z]/i);
        if (step.replyId) expect(BUILT_IN_REPLY_IDS).toContain(step.replyId);
      }
    }
    expect(playbook('critical')[0]?.replyId).toBe('ack');
    expect(playbook('complex')[0]?.replyId).toBe('complex-hold');
  });

  it('on a duty day: #tech-questions only for critical; a complex dialogue gets "continue on Monday" or a SUPPORT task', () => {
    expect(playbook('critical', { duty: true }).map((s) => s.action)).toEqual(['ack', 'slack', 'jira', 'invite']);
    const complex = playbook('complex', { duty: true });
    expect(complex.map((s) => s.action)).not.toContain('slack');
    expect(complex.map((s) => [s.action, s.replyId])).toEqual([
      ['ack', 'continue-monday'],
      ['search', undefined],
      ['team', undefined],
      ['jira', undefined],
    ]);
    expect(complex[0]?.text.ru).toMatch(/понедельник/);
    expect(complex[0]?.text.en).toMatch(/Monday/);
    expect(playbook('simple', { duty: true })).toEqual(playbook('simple'));
    expect(playbook('complex', { duty: false })).toEqual(playbook('complex'));
  });
});
