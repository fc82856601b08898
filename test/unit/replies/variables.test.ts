import { describe, expect, it } from 'vitest';
import { fillReply, firstName, renderReply, templateVariables } from '../../../lib/replies/variables';

const UNRESOLVED = /\{[A-Za-z][A-Za-z0-9_]*(\|[^{}\n]*)?\}/;

describe('renderReply', () => {
  it('fills known variables', () => {
    const r = renderReply('Hi {customerFirstName}, this is {operatorName}. Link: {dialogueLink}', {
      customerFirstName: 'Ivan Petrov',
      operatorName: 'Anna',
      dialogueLink: 'https://app.carrotquest.io/dialogs/1',
    });
    expect(r).toEqual({ text: 'Hi Ivan, this is Anna. Link: https://app.carrotquest.io/dialogs/1', missing: [] });
  });

  it('uses the fallback when the value is absent or blank', () => {
    expect(renderReply('Hi {customerFirstName|there}!', {}).text).toBe('Hi there!');
    expect(renderReply('Hi {customerFirstName|there}!', { customerFirstName: '   ' }).text).toBe('Hi there!');
    expect(renderReply('{customerFirstName|Здравствуйте}, спасибо!', { customerFirstName: 'мария' }).text).toBe('Мария, спасибо!');
  });

  it('falls back when the name is not a person', () => {
    expect(renderReply('Hi {customerFirstName|there}!', { customerFirstName: 'Visitor #4821' }).text).toBe('Hi there!');
    expect(renderReply('Hi {customerFirstName|there}!', { customerFirstName: 'buyer@example.com' }).text).toBe('Hi there!');
  });

  it('lists a variable with no value and no fallback as missing, once', () => {
    const r = renderReply('Key: {sshKey}. Again: {sshKey}. {operatorName}', { operatorName: 'Oleg' });
    expect(r.missing).toEqual(['sshKey']);
    expect(r.text).toBe('Key: {sshKey}. Again: {sshKey}. Oleg');
  });

  it('lists an unknown variable as missing even with a fallback', () => {
    const r = renderReply('Order {orderId} / {campaign|default}', {});
    expect(r.missing).toEqual(['orderId', 'campaign']);
  });

  it('triples the estimate in the template language with Russian plurals', () => {
    expect(renderReply('Срок — {estimate}.', { estimate: '2 часа' }).text).toBe('Срок — 6 часов.');
    expect(renderReply('Срок — {estimate}.', { estimate: '1 день' }).text).toBe('Срок — 3 дня.');
    expect(renderReply('Срок — {estimate}.', { estimate: '7 минут' }).text).toBe('Срок — 21 минута.');
    expect(renderReply('About {estimate}.', { estimate: '2 hours' }).text).toBe('About 6 hours.');
    expect(renderReply('About {estimate}.', { estimate: '2 часа' }).text).toBe('About 6 hours.');
  });

  it('reports an estimate it cannot read as missing', () => {
    expect(renderReply('About {estimate}.', { estimate: 'soon' }).missing).toEqual(['estimate']);
  });

  it('does not expand variables inside values', () => {
    const r = renderReply('Hi {customerFirstName|there}, {operatorName} here', { operatorName: '{sshKey}' });
    expect(r.text).toBe('Hi there, sshKey here');
    expect(r.text).not.toMatch(UNRESOLVED);
  });

  it('handles an empty template', () => {
    expect(renderReply('', {})).toEqual({ text: '', missing: [] });
    expect(fillReply('', {}, {})).toEqual({ ok: true, text: '' });
  });

  it('handles a 20,000-character template quickly and exactly', () => {
    const chunk = 'Мы проверили кампанию {customerFirstName|коллега}. ';
    const template = chunk.repeat(Math.ceil(20000 / chunk.length)).slice(0, 20000 - '{operatorName}'.length) + '{operatorName}';
    expect(template).toHaveLength(20000);
    const started = performance.now();
    const r = renderReply(template, { customerFirstName: 'Олег', operatorName: 'Анна' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.missing).toEqual([]);
    expect(r.text.endsWith('Анна')).toBe(true);
    expect(r.text).not.toMatch(UNRESOLVED);
    expect(r.text).toContain('Мы проверили кампанию Олег. ');
  });

  it('leaves braces that are not variables alone', () => {
    const r = renderReply('Postback: https://t.example/pb?sub={ sub } and {"a": 1}', {});
    expect(r).toEqual({ text: 'Postback: https://t.example/pb?sub={ sub } and {"a": 1}', missing: [] });
  });
});

describe('fillReply', () => {
  it('refuses while something is missing', () => {
    expect(fillReply('Add this key: {sshKey}', {}, {})).toEqual({ ok: false, missing: ['sshKey'] });
    expect(fillReply('Add this key: {sshKey}', {}, { sshKey: '  ' })).toEqual({ ok: false, missing: ['sshKey'] });
  });

  it('accepts what the operator filled in, including unknown variables', () => {
    const r = fillReply('Order {orderId}: ready in {estimate}', {}, { orderId: '42', estimate: '30 min' });
    expect(r).toEqual({ ok: true, text: 'Order 42: ready in 1.5 hours' });
  });

  it('lets the filled value win over the known one', () => {
    const r = fillReply('Hi {customerFirstName|there}', { customerFirstName: 'Visitor' }, { customerFirstName: 'Pavel' });
    expect(r).toEqual({ ok: true, text: 'Hi Pavel' });
  });

  it('never returns an unresolved variable', () => {
    const templates = ['{a}{b|x}{sshKey}', 'plain', '{estimate} {nextWorkingDay|tomorrow}', '{customerFirstName|} ok'];
    for (const t of templates) {
      const r = fillReply(t, { sshKey: 'ssh-ed25519 AAAA team' }, { a: '1', b: '2', estimate: '1 day' });
      if (r.ok) expect(r.text).not.toMatch(UNRESOLVED);
      else expect(r.missing.length).toBeGreaterThan(0);
    }
  });
});

describe('helpers', () => {
  it('takes the first word of a name', () => {
    expect(firstName('  анна-мария Иванова')).toBe('Анна-мария');
    expect(firstName('Guest')).toBeUndefined();
    expect(firstName('42')).toBeUndefined();
  });

  it('lists template variables once', () => {
    expect(templateVariables('{a} {b|x} {a}')).toEqual(['a', 'b']);
  });
});

describe('renderReply reads only the values it was given', () => {
  it('renders names of Object.prototype members as missing variables', () => {
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      const template = `Hi {${name}}, and {${name}|fallback}`;
      expect(() => renderReply(template, {})).not.toThrow();
      expect(renderReply(template, {}).missing).toEqual([name]);
      expect(fillReply(template, {}, {})).toEqual({ ok: false, missing: [name] });
    }
  });

  it('still fills such a name when the operator typed a value for it', () => {
    expect(fillReply('a {toString} b', {}, { toString: 'x' })).toEqual({ ok: true, text: 'a x b' });
  });
});
