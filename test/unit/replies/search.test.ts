import { describe, expect, it } from 'vitest';
import { BUILT_IN_REPLIES } from '../../../lib/replies/library';
import { searchReplies } from '../../../lib/replies/search';
import type { Reply } from '../../../lib/settings/schema';

const ids = (replies: Reply[]) => replies.map((r) => r.id);
const library = [...BUILT_IN_REPLIES];

describe('searchReplies', () => {
  it('returns everything in library order for an empty query', () => {
    expect(ids(searchReplies(library, '', 'ru'))).toEqual(ids(library));
    expect(ids(searchReplies(library, '   ', 'en'))).toEqual(ids(library));
  });

  it('matches prefixes in Russian', () => {
    expect(ids(searchReplies(library, 'возв', 'ru'))[0]).toBe('refund');
  });

  it('finds the same reply from either language', () => {
    expect(ids(searchReplies(library, 'refund', 'ru'))[0]).toBe('refund');
    expect(ids(searchReplies(library, 'возврат', 'en'))[0]).toBe('refund');
  });

  it('ignores case and ё/е', () => {
    const custom: Reply[] = [
      { id: 'a', title: { ru: 'Счёт' }, text: { ru: 'x' }, keywords: [], enabled: true },
      { id: 'b', title: { ru: 'Другое' }, text: { ru: 'y' }, keywords: [], enabled: true },
    ];
    expect(ids(searchReplies(custom, 'СЧЕТ', 'ru'))).toEqual(['a']);
  });

  it('ranks the reply matching more query words first', () => {
    expect(ids(searchReplies(library, 'ssh ключ', 'ru'))[0]).toBe('ssh-key');
    expect(ids(searchReplies(library, 'доступ домен', 'ru'))[0]).toBe('access-domains');
    expect(ids(searchReplies(library, 'access wordpress', 'en'))[0]).toBe('access-wordpress');
  });

  it('finds a word typed in full with another ending', () => {
    expect(ids(searchReplies(library, 'возврата', 'ru'))).toContain('refund');
  });

  it('finds nothing for a word nobody used', () => {
    expect(searchReplies(library, 'zzzqx', 'en')).toEqual([]);
  });

  it('searches keywords and ids', () => {
    expect(ids(searchReplies(library, 'chargeback', 'en'))[0]).toBe('refund');
    expect(ids(searchReplies(library, 'carp', 'en'))[0]).toBe('carp');
  });
});
