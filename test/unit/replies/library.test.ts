import { describe, expect, it } from 'vitest';
import { BUILT_IN_REPLIES, BUILT_IN_REPLY_IDS, mergeReplies } from '../../../lib/replies/library';
import { templateVariables, REPLY_VARIABLES } from '../../../lib/replies/variables';
import { ReplySchema, type Reply } from '../../../lib/settings/schema';
import * as v from 'valibot';

describe('built-in replies', () => {
  it('has every id once, in both languages, valid for the settings schema', () => {
    expect(BUILT_IN_REPLIES.map((r) => r.id)).toEqual([...BUILT_IN_REPLY_IDS]);
    for (const r of BUILT_IN_REPLIES) {
      expect(r.text.ru?.trim(), r.id).toBeTruthy();
      expect(r.text.en?.trim(), r.id).toBeTruthy();
      expect(r.title.ru?.trim(), r.id).toBeTruthy();
      expect(r.title.en?.trim(), r.id).toBeTruthy();
      expect(/[А-Яа-яЁё]/.test(r.text.ru!), r.id).toBe(true);
      expect(/[А-Яа-яЁё]/.test(r.text.en!), r.id).toBe(false);
      expect(v.safeParse(ReplySchema, r).success, r.id).toBe(true);
    }
  });

  it('uses only known variables, the same in both languages', () => {
    for (const r of BUILT_IN_REPLIES) {
      const ru = templateVariables(r.text.ru!);
      const en = templateVariables(r.text.en!);
      expect(ru.sort(), r.id).toEqual(en.sort());
      for (const name of ru) expect(REPLY_VARIABLES as readonly string[]).toContain(name);
    }
  });

  it('keeps the team rules in the texts', () => {
    const byId = Object.fromEntries(BUILT_IN_REPLIES.map((r) => [r.id, r]));
    expect(byId['ssh-key']?.text.en).toContain('{sshKey}');
    expect(byId['estimate']?.text.ru).toContain('{estimate}');
    expect(byId['end-of-day']?.text.en).toMatch(/\{nextWorkingDay\} after 9:00 Moscow time/);
    expect(byId['refund']?.text.en).toMatch(/licence agreement/);
    expect(byId['no-compensation']?.text.ru).toMatch(/скид/);
    expect(byId['weekend']?.text.en).toMatch(/start of next week/);
  });
});

describe('mergeReplies', () => {
  const team = (id: string, enabled = true, en = `team ${id}`): Reply => ({ id, title: { en: id }, text: { en }, keywords: [], enabled });

  it('overrides by id, adds new ones after the built-in ones, drops disabled', () => {
    const merged = mergeReplies(BUILT_IN_REPLIES, [
      team('refund', true, 'Our own refund text'),
      team('custom-1'),
      team('weekend', false),
      team('custom-2', false),
    ]);
    const mergedIds = merged.map((r) => r.id);
    expect(mergedIds).not.toContain('weekend');
    expect(mergedIds).not.toContain('custom-2');
    expect(mergedIds[mergedIds.length - 1]).toBe('custom-1');
    expect(mergedIds.indexOf('refund')).toBe(BUILT_IN_REPLY_IDS.indexOf('refund'));
    expect(merged.find((r) => r.id === 'refund')!.text.en).toBe('Our own refund text');
    expect(merged).toHaveLength(BUILT_IN_REPLIES.length - 1 + 1);
  });

  it('returns the built-in replies when the team has none', () => {
    expect(mergeReplies(BUILT_IN_REPLIES, []).map((r) => r.id)).toEqual([...BUILT_IN_REPLY_IDS]);
  });
});
