import { describe, expect, it } from 'vitest';
import { createTagModelHolder } from '../../../lib/background/tag-model-holder';
import { openDb } from '../../../lib/db/database';
import { serializeModel } from '../../../lib/tags/model-codec';

let n = 0;
const freshDb = () => openDb(`redact-learning-${++n}`);

describe('the tag model learns only redacted text', () => {
  it('learns the same from a message with a secret as from the message with the secret removed', async () => {
    const secret = createTagModelHolder(freshDb());
    const clean = createTagModelHolder(freshDb());
    await secret.learn(
      [{ fromCustomer: true, text: 'cannot log in, password: Zq9xLmW7pR, token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' }],
      ['login'],
      [],
    );
    await clean.learn([{ fromCustomer: true, text: 'cannot log in, password: [secret removed], token [secret removed]' }], ['login'], []);
    expect(JSON.stringify(serializeModel(await secret.get()))).toBe(JSON.stringify(serializeModel(await clean.get())));
  });

  it('redacts an imported history too', async () => {
    const secret = createTagModelHolder(freshDb());
    const clean = createTagModelHolder(freshDb());
    await secret.importHistory([
      { messages: [{ fromCustomer: true, text: 'db is postgres://admin:S3cr3tDb99@db.example.com/db' }], tags: ['db'] },
    ]);
    await clean.importHistory([
      { messages: [{ fromCustomer: true, text: 'db is postgres://admin:[secret removed]@db.example.com/db' }], tags: ['db'] },
    ]);
    expect(JSON.stringify(serializeModel(await secret.get()))).toBe(JSON.stringify(serializeModel(await clean.get())));
  });
});
