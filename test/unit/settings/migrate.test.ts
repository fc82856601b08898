import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/defaults';
import { migrateSettings } from '../../../lib/settings/migrate';
import { SettingsSchema } from '../../../lib/settings/schema';
import { createBackgroundService } from '../../../lib/background/service-impl';
import { loadSettings, migrateStoredSettings, saveSettings } from '../../../lib/settings/store';
import { readStoredSettings, SETTINGS_KEY } from '../../../lib/settings/stored';
import { parseSettingsFile, validateSettings } from '../../../lib/settings/validate';
import { SETTINGS_VERSION } from '../../../lib/settings/version';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/settings');
const fixtures = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((file) => ({ file, version: Number(file.slice(1, -5)), text: readFileSync(resolve(DIR, file), 'utf8') }));
const v1 = JSON.parse(fixtures.find((f) => f.version === 1)!.text) as Record<string, unknown>;

/** Every leaf of `old` at the same place in `now` (the version aside): what "without loss" means. */
function expectKept(now: unknown, old: unknown, path = ''): void {
  if (Array.isArray(old)) {
    expect(Array.isArray(now), path).toBe(true);
    expect((now as unknown[]).length, path).toBe(old.length);
    old.forEach((x, i) => expectKept((now as unknown[])[i], x, `${path}[${i}]`));
  } else if (typeof old === 'object' && old !== null) {
    for (const [k, x] of Object.entries(old))
      if (!(path === '' && k === 'version')) expectKept((now as Record<string, unknown>)[k], x, `${path}.${k}`);
  } else {
    expect(now, path).toEqual(old);
  }
}

describe('settings versions', () => {
  it('has an example file of every past version', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(fixtures)('migrates $file to the current version without loss', ({ text }) => {
    const r = parseSettingsFile(text);
    expect(r.ok && r.settings.version).toBe(SETTINGS_VERSION);
    if (r.ok) expectKept(r.settings, JSON.parse(text));
  });

  it('1 → 2: a whole version-1 document gets an empty list of team panel addresses', () => {
    const r = validateSettings(v1);
    expect(r.ok && r.settings.carrotquest).toEqual({ selectors: (v1.carrotquest as { selectors: unknown }).selectors, panelHosts: [] });
  });

  it('1 → 2: an old team file that shares its selectors keeps my panel addresses', () => {
    const mine = { ...defaultSettings(), carrotquest: { selectors: {}, panelHosts: ['https://support.example.com'] } };
    const r = validateSettings({ version: 1, carrotquest: { selectors: { root: '.conv' } } }, mine);
    expect(r.ok && r.settings.carrotquest).toEqual({ selectors: { root: '.conv' }, panelHosts: ['https://support.example.com'] });
  });

  it('1 → 2: a version-1 document written after the team addresses came keeps its list', () => {
    const r = validateSettings({ ...v1, carrotquest: { selectors: {}, panelHosts: ['https://support.example.com'] } });
    expect(r.ok && r.settings.version).toBe(2);
    expect(r.ok && r.settings.carrotquest.panelHosts).toEqual(['https://support.example.com']);
  });

  it('each step is needed: the current schema alone refuses a version-1 document', () => {
    expect(v.safeParse(SettingsSchema, { ...defaultSettings(), version: 1 }).success).toBe(false);
    const migrated = migrateSettings({ ...defaultSettings(), version: 1 });
    expect(migrated.ok && v.safeParse(SettingsSchema, migrated.doc).success).toBe(true);
  });

  it.each([
    [{ version: SETTINGS_VERSION + 1 }, new RegExp(`settings version ${SETTINGS_VERSION + 1}.*reads up to ${SETTINGS_VERSION}`)],
    [{ version: 0 }, /^version: must be a whole number from 1/],
    [{ version: '2' }, /^version: must be a whole number from 1/],
    [{ tags: [] }, /^version: missing/],
  ])('refuses %j, naming the field', (doc, message) => {
    const r = validateSettings(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
    if (!r.ok) expect(r.field).toBe('version');
  });

  it.each([
    ['http://support.example.com', false],
    ['https://*.example.com', false],
    ['https://support.example.com/panel', false],
    ['https://support.example.com/', false],
    ['https://user@support.example.com', false],
    ['https://support.example.com', true],
    ['https://support.example.com:8443', true],
  ])('a team panel address %s is %s', (host, ok) => {
    const r = validateSettings({ version: 2, carrotquest: { selectors: {}, panelHosts: [host] } });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.error).toMatch(/^carrotquest\.panelHosts\.0: must be an https origin/);
  });
});

describe('stored settings across versions', () => {
  it('the background migrates stored version-1 settings when it starts', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v1 });
    createBackgroundService();
    await vi.waitFor(async () => {
      const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown>;
      expect(stored.version).toBe(SETTINGS_VERSION);
    });
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expectKept(stored, v1);
  });

  it('an import of a newer file is refused, naming both versions, and the stored settings stay', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v1 });
    const r = await saveSettings({ ...v1, version: SETTINGS_VERSION + 1 });
    expect(!r.ok && r.error).toBe(
      `version: this file is from a newer version of Sidekick (settings version ${SETTINGS_VERSION + 1}; this one reads up to ${SETTINGS_VERSION}): update Sidekick to use it`,
    );
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(v1);
  });

  it('migrates stored version-1 settings on start and writes them back', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v1 });
    expect(await migrateStoredSettings()).toEqual({ status: 'migrated', from: 1, to: SETTINGS_VERSION });
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown>;
    expect(stored.version).toBe(SETTINGS_VERSION);
    expectKept(stored, v1);
    expect(await migrateStoredSettings()).toEqual({ status: 'current' });
  });

  it('the page side reads stored version-1 settings as the operator left them, not the defaults', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v1 });
    const read = await readStoredSettings();
    expect(read.version).toBe(SETTINGS_VERSION);
    expectKept(read, v1);
  });

  it('keeps stored settings from a newer version untouched, and the page still reads what it knows', async () => {
    const newer = { ...v1, version: SETTINGS_VERSION + 1, carrotquest: { selectors: {}, panelHosts: [] }, somethingNew: { a: 1 } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: newer });
    const outcome = await migrateStoredSettings();
    expect(outcome.status).toBe('kept');
    expect(outcome.status === 'kept' && outcome.error).toMatch(new RegExp(`settings version ${SETTINGS_VERSION + 1}`));
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(newer);
    expect((await readStoredSettings()).operator.name).toBe('Мария');
    // The options page cannot validate it and stands in the defaults, without writing them.
    expect((await loadSettings()).operator.name).toBe('');
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(newer);
  });
});
