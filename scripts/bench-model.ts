/**
 * Trains the tag model on BANKING77's training set and writes it in the portable (JSON) form, for the
 * switch → suggestions bench to load into the extension: `npx tsx scripts/bench-model.ts OUT.json`.
 * Data: ../../shared/datasets/banking77 from this file, or the folder in SIDEKICK_BANKING77_DIR.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../lib/tags/dataset';
import { trainOn } from '../lib/tags/evaluate';
import { serializeModel } from '../lib/tags/model-codec';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.SIDEKICK_BANKING77_DIR || resolve(here, '../../shared/datasets/banking77');
const out = process.argv[2];
if (!out) throw new Error('usage: bench-model.ts OUT.json');
const parsed = parseDataset(readFileSync(resolve(dataDir, 'train.csv'), 'utf8'), 'csv', 'train.csv');
if (!parsed.ok) throw new Error(parsed.error);
const model = trainOn(parsed.items);
const text = JSON.stringify(serializeModel(model));
writeFileSync(out, text);
process.stdout.write(`${JSON.stringify({ rows: parsed.items.length, tags: model.classes.length, bytes: text.length })}\n`);
