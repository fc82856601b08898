import { describe, expect, it } from 'vitest';
import { parseJiraRef, parseSlackRef } from '../../../lib/escalation/jira-ref';

const jira = { baseUrl: 'https://jira.example.com/', projectKey: 'SUPPORT' };

describe('parseJiraRef', () => {
  it("takes a key in any case and links it to the team's Jira", () => {
    expect(parseJiraRef(' support-123 ', jira)).toEqual({ jiraKey: 'SUPPORT-123', jiraUrl: 'https://jira.example.com/browse/SUPPORT-123' });
    expect(parseJiraRef('OPS_2-9', { baseUrl: '', projectKey: '' })).toEqual({ jiraKey: 'OPS_2-9' });
  });

  it("reads a bare number as a key in the team's project", () => {
    expect(parseJiraRef('77', jira)).toEqual({ jiraKey: 'SUPPORT-77', jiraUrl: 'https://jira.example.com/browse/SUPPORT-77' });
    expect(parseJiraRef('77', { baseUrl: '', projectKey: '' })).toBeNull();
  });

  it('keeps a link and finds the key in it', () => {
    expect(parseJiraRef('https://jira.example.com/browse/SUPPORT-5', jira)).toEqual({
      jiraKey: 'SUPPORT-5',
      jiraUrl: 'https://jira.example.com/browse/SUPPORT-5',
    });
    expect(parseJiraRef('https://x.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=SUP-42', jira)).toEqual({
      jiraKey: 'SUP-42',
      jiraUrl: 'https://x.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=SUP-42',
    });
    expect(parseJiraRef('https://jira.example.com/secure/Dashboard.jspa', jira)).toEqual({
      jiraUrl: 'https://jira.example.com/secure/Dashboard.jspa',
    });
  });

  it('refuses what is neither', () => {
    expect(parseJiraRef('hello', jira)).toBeNull();
    expect(parseJiraRef('javascript:alert(1)', jira)).toBeNull();
    expect(parseJiraRef('SUPPORT 123', jira)).toBeNull();
    expect(parseJiraRef('  ', jira)).toEqual({});
  });
});

describe('parseSlackRef', () => {
  it('takes an https link, empty to clear, nothing else', () => {
    expect(parseSlackRef('https://team.slack.com/archives/C1/p1')).toBe('https://team.slack.com/archives/C1/p1');
    expect(parseSlackRef('')).toBe('');
    expect(parseSlackRef('thread in slack')).toBeNull();
    expect(parseSlackRef('http://team.slack.com/archives/C1/p1')).toBeNull();
    expect(parseSlackRef('javascript:alert(1)')).toBeNull();
  });
});

describe('parseJiraRef on a broken paste', () => {
  it('gives no reference and no error for a malformed % escape', () => {
    for (const link of [
      'https://jira.example.com/browse/SUPPORT-1%E0%A4%A',
      'https://jira.example.com/%',
      'https://jira.example.com/browse/%zz/SUPPORT-2',
    ]) {
      expect(() => parseJiraRef(link, jira)).not.toThrow();
      expect(parseJiraRef(link, jira)).toBeNull();
    }
  });
});
