import { describe, expect, it } from 'vitest';
import { BACKTICK_LOOKALIKE, WORD_JOINER, breakCodeFences, escapeForWebhook, inertForPaste } from '../../../lib/escalation/slack-text';
import { webhookPayload } from '../../../lib/escalation/slack-links';
import { CONTROL_SEQUENCES, hasLiveControl, hasLiveMention } from './fakes';

describe('inertForPaste', () => {
  it.each(CONTROL_SEQUENCES)('leaves %s unable to ping or link when pasted', (seq) => {
    const out = inertForPaste(`hi ${seq} there`);
    expect(hasLiveMention(out)).toBe(false);
    expect(hasLiveControl(out)).toBe(false);
    // Nothing visible changes: removing the invisible joiners gives the text back.
    expect(out.split(WORD_JOINER).join('')).toBe(`hi ${seq} there`);
  });

  it('breaks a mention at the very start of the text and in Russian text', () => {
    expect(inertForPaste('@here срочно')).toBe(`@${WORD_JOINER}here срочно`);
    expect(hasLiveMention(inertForPaste('позовите @Иван'))).toBe(false);
  });

  it('is idempotent', () => {
    const once = inertForPaste('a @here <!channel> ``` b');
    expect(inertForPaste(once)).toBe(once);
  });

  it('replaces triple backticks so a code block cannot be opened or closed', () => {
    const out = inertForPaste('see ```rm -rf /``` and ````');
    expect(out).not.toContain('```');
    expect(out).toContain(BACKTICK_LOOKALIKE.repeat(3));
    expect(out).toContain(BACKTICK_LOOKALIKE.repeat(4));
    // Single and double backticks are harmless inline code and stay.
    expect(breakCodeFences('`a` ``b``')).toBe('`a` ``b``');
  });
});

describe('escapeForWebhook', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeForWebhook('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(escapeForWebhook(`"quotes" 'single' *bold* _it_ ~s~ : ; %`)).toBe(`"quotes" 'single' *bold* _it_ ~s~ : ; %`);
  });

  it('escapes & first, so an existing entity is shown as typed', () => {
    expect(escapeForWebhook('&lt;!here&gt;')).toBe('&amp;lt;!here&amp;gt;');
  });

  it.each(CONTROL_SEQUENCES)('leaves %s inert when posted after paste-form inerting', (seq) => {
    const out = webhookPayload(inertForPaste(seq)).text;
    expect(out).not.toMatch(/[<>]/);
    expect(hasLiveMention(out)).toBe(false);
  });
});

describe('webhookPayload', () => {
  it("keeps the draft's own quote markers but escapes a customer's angle brackets inside them", () => {
    const body = webhookPayload(`Problem\n> ${inertForPaste('<!here> a > b')}\n>`).text;
    const lines = body.split('\n');
    expect(lines[1]?.startsWith('> ')).toBe(true);
    expect(lines[1]).toContain('&lt;');
    expect(lines[1]).toContain('a &gt; b');
    expect(lines[2]).toBe('>');
  });

  it('escapes a > that is not a quote marker', () => {
    expect(webhookPayload('x>y\n>>z').text).toBe('x&gt;y\n&gt;&gt;z');
  });
});
