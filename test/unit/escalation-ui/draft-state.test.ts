import { describe, expect, it } from 'vitest';
import { dialogueFor, jiraRefOf, settingsList, toggled } from '../../../components/escalation/draft-state';
import { initialChoices, newDetailsMessages } from '../../../lib/escalation/escalation-view';
import { isWorkDoneTime } from '../../../lib/escalation/work-done-time';
import { customer, operator, snapshot } from './helpers';

describe('draft state', () => {
  it('starts from an empty problem line and the guessed type, with no secret included', () => {
    const choices = initialChoices(snapshot({ tags: ['ssl-domain'] }), 'en');
    expect(choices).toEqual({
      problemLine: '',
      problemType: 'domains',
      includedSecrets: [],
      summary: null,
    });
  });

  it('finds the messages written after the escalation, or the last ones when the page shows fewer', () => {
    const messages = [customer('a'), operator('x'), customer('b'), customer('c')];
    expect(newDetailsMessages(messages, { customerMessageCount: 1 }, 2).map((m) => m.text)).toEqual(['b', 'c']);
    // The page lazily shows only the latest messages: 5 were counted at escalation time.
    expect(newDetailsMessages(messages, { customerMessageCount: 5 }, 1).map((m) => m.text)).toEqual(['c']);
    expect(newDetailsMessages(messages, { customerMessageCount: 1 }, 0)).toEqual([]);
  });

  it('names settings for the "fill in" message', () => {
    expect(settingsList(['slack.teamId'], 'en', 'and')).toBe('Slack team id');
    expect(settingsList(['jira.baseUrl', 'jira.projectId', 'jira.issueTypeId'], 'ru', 'и')).toBe(
      'адрес Jira, ID проекта Jira и ID типа задачи Jira',
    );
  });

  it('toggles secret indexes', () => {
    expect(toggled([2], 0, true)).toEqual([0, 2]);
    expect(toggled([0, 2], 2, false)).toEqual([0]);
    expect(toggled([0], 0, true)).toEqual([0]);
  });

  it('points the Jira reply at the pasted link, else the key', () => {
    expect(jiraRefOf({ jiraUrl: ' https://jira.example.com/browse/SUPPORT-1 ', jiraKey: 'SUPPORT-1' })).toBe(
      'https://jira.example.com/browse/SUPPORT-1',
    );
    expect(jiraRefOf({ jiraUrl: '', jiraKey: 'SUPPORT-1' })).toBe('SUPPORT-1');
    expect(jiraRefOf({ jiraUrl: ' ', jiraKey: '' })).toBeNull();
    expect(jiraRefOf(null)).toBeNull();
  });

  it('sends only what the builders read of a snapshot', () => {
    const snap = snapshot({ notes: ['VIP customer'], missing: ['composer'] });
    expect(dialogueFor(snap)).toEqual({
      id: snap.id,
      link: snap.link,
      customer: snap.customer,
      messages: snap.messages,
      tags: snap.tags,
      operator: 'Anna',
    });
  });
});

describe('isWorkDoneTime', () => {
  const shifts = [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }];
  // 2025-03-12 is a Wednesday; Moscow is UTC+3.
  const moscow = (hhmm: string, date = '2025-03-12') => new Date(`${date}T${hhmm}:00+03:00`);

  it('is due in the last hour of the shift and after it, not before', () => {
    expect(isWorkDoneTime(moscow('16:59'), shifts, 'Europe/Moscow')).toBe(false);
    expect(isWorkDoneTime(moscow('17:00'), shifts, 'Europe/Moscow')).toBe(true);
    expect(isWorkDoneTime(moscow('18:30'), shifts, 'Europe/Moscow')).toBe(true);
    expect(isWorkDoneTime(moscow('08:00'), shifts, 'Europe/Moscow')).toBe(false);
  });

  it('is not due on a day off', () => {
    expect(isWorkDoneTime(moscow('18:30', '2025-03-16'), shifts, 'Europe/Moscow')).toBe(false);
  });

  it("reads the clock in the operator's zone, not UTC", () => {
    // 17:30 UTC is 20:30 in Moscow (after the shift) but 13:30 in New York (mid-shift).
    const at = new Date('2025-03-12T17:30:00Z');
    expect(isWorkDoneTime(at, shifts, 'Europe/Moscow')).toBe(true);
    expect(isWorkDoneTime(at, shifts, 'America/New_York')).toBe(false);
  });
});
