/**
 * Runs inside an extension page (bundled by bench-suggest.mjs): stores a tag model given in the portable
 * form as the database keeps it, through the extension's own code, as a restored backup would.
 */
import { db } from '../lib/db/database';
import { replaceModels, TAG_MODEL_KEY } from '../lib/db/models';
import { toStoredForm } from '../lib/tags/model-codec';

export async function seedTagModel(portableJson: string) {
  const stored = toStoredForm(JSON.parse(portableJson));
  await replaceModels(db(), { [TAG_MODEL_KEY]: stored });
  return { tags: stored.classes.length, rows: stored.rows };
}
