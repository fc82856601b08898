import { describe, expect, it } from 'vitest';
import { ACCESS_BY_PROBLEM, accessChecklist, accessesFor, guessProblemType } from '../../../lib/escalation/access';

describe('accesses by problem type', () => {
  it('follows the team rule', () => {
    expect(ACCESS_BY_PROBLEM.tracker).toEqual(['tracker', 'server']);
    expect(ACCESS_BY_PROBLEM.domains).toEqual(['tracker', 'server', 'registrar']);
    expect(ACCESS_BY_PROBLEM.affiliate).toEqual(['network', 'tracker']);
    expect(ACCESS_BY_PROBLEM.wordpress).toEqual(['tracker', 'wpAdmin']);
  });

  it('has a label for each access in both languages', () => {
    expect(accessesFor('domains', 'en').join('\n')).toMatch(/registrar/i);
    expect(accessesFor('domains', 'ru').join('\n')).toMatch(/регистратор/i);
    expect(accessesFor('wordpress', 'ru').join('\n')).toMatch(/WordPress/);
    expect(accessesFor('affiliate', 'en')[0]).toMatch(/network/i);
  });

  it('renders an unticked checklist, one line per access', () => {
    const list = accessChecklist('domains', 'en').split('\n');
    expect(list).toHaveLength(4);
    expect(list.slice(1).every((l) => l.startsWith('☐ '))).toBe(true);
    expect(accessChecklist('tracker', 'ru')).toMatch(/^Доступы/);
  });

  it('asks for the shared server key, never a personal one', () => {
    expect(accessesFor('tracker', 'en')[1]).toMatch(/shared public key/);
  });
});

describe('guessProblemType', () => {
  it('prefers a tag that names a type', () => {
    expect(guessProblemType(['domains-ssl-recheck'], 'the tracker is slow')).toBe('domains');
    expect(guessProblemType(['wp-plugin'], '')).toBe('wordpress');
    expect(guessProblemType(['postback-setup'], '')).toBe('affiliate');
  });

  it('reads Russian and English keywords', () => {
    expect(guessProblemType([], 'Не выпускается SSL сертификат на новый домен')).toBe('domains');
    expect(guessProblemType([], 'Постбек из партнёрки не доходит')).toBe('affiliate');
    expect(guessProblemType([], 'The WordPress plugin shows a blank page in wp-admin')).toBe('wordpress');
    expect(guessProblemType([], 'Трекер не показывает клики в отчёте')).toBe('tracker');
    expect(guessProblemType([], 'Clicks are missing from the campaign report')).toBe('tracker');
  });

  it('says other when nothing matches', () => {
    expect(guessProblemType([], 'Hello, how much is a license?')).toBe('other');
    expect(guessProblemType(['billing'], '')).toBe('other');
  });

  it('does not take a word inside another for a keyword', () => {
    // "wp" at the end of "swp" is not WordPress.
    expect(guessProblemType([], 'file.swp')).toBe('other');
  });
});
