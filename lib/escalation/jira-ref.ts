/**
 * What the operator pastes back after creating the Jira task and the Slack thread: checked here
 * so the escalation record holds a key and a link teammates can open, not whatever was in the
 * clipboard.
 */
import type { Settings } from '../settings/schema';

export interface JiraRef {
  jiraKey?: string;
  jiraUrl?: string;
}

const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
// In a Jira URL the key sits in the path (/browse/SUPPORT-1) or a query value (?selectedIssue=SUPPORT-1).
const KEY_IN_URL = /(?:^|[/=])([A-Z][A-Z0-9_]+-\d+)(?=$|[/?&#])/;

function webUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The path with its escapes decoded; null for a malformed `%` escape (a broken paste, not a link). */
function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/**
 * A Jira key ("SUPPORT-123", "support-123", or just "123" in the team's project) or a Jira link.
 * `{}` for an empty input (the operator clears the field), null for anything else.
 */
export function parseJiraRef(input: string, jira: Pick<Settings['jira'], 'baseUrl' | 'projectKey'>): JiraRef | null {
  const text = input.trim();
  if (!text) return {};
  const base = jira.baseUrl.trim().replace(/\/+$/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    const url = webUrl(text);
    if (!url) return null;
    const path = decodedPath(url);
    if (path === null) return null;
    const key = KEY_IN_URL.exec(path + url.search)?.[1];
    return key ? { jiraKey: key, jiraUrl: url.toString() } : { jiraUrl: url.toString() };
  }
  let key = text.toUpperCase();
  if (/^\d+$/.test(key) && jira.projectKey.trim()) key = `${jira.projectKey.trim()}-${key}`;
  if (!ISSUE_KEY.test(key)) return null;
  return base ? { jiraKey: key, jiraUrl: `${base}/browse/${key}` } : { jiraKey: key };
}

/** A Slack thread link as the message's "Copy link" gives it; null when the text is no web link. */
export function parseSlackRef(input: string): string | null {
  const text = input.trim();
  if (!text) return '';
  const url = webUrl(text);
  return url && url.protocol === 'https:' ? url.toString() : null;
}
