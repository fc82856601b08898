// The built manifest, held to a snapshot: what the extension may touch changes only on purpose.
// After a deliberate change, rebuild and copy the fields below from .output/chrome-mv3/manifest.json
// into test/fixtures/manifest-chrome.json, keeping it least-privilege.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, ROOT } from './harness.mjs';

const FIELDS = [
  'manifest_version',
  'permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts',
  'web_accessible_resources',
  'externally_connectable',
  'content_security_policy',
  'background',
];

describe('the built manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/manifest-chrome.json'), 'utf8'));

  it('matches the snapshot: permissions, host access, resources, no external connections, the CSP', () => {
    const actual = Object.fromEntries(FIELDS.map((k) => [k, manifest[k] ?? null]));
    assert.deepEqual(actual, expected);
  });

  it('lets no web page or other extension connect, and keeps the default extension CSP', () => {
    assert.equal(manifest.externally_connectable, undefined);
    // MV3's default: script-src 'self'; object-src 'self' (no eval, no remote code).
    assert.equal(manifest.content_security_policy, undefined);
  });

  it("serves the content script's CSS, the on-demand page tools and escalation panels only under a per-session URL", () => {
    for (const entry of manifest.web_accessible_resources ?? []) {
      assert.equal(entry.use_dynamic_url, true, JSON.stringify(entry));
      for (const r of entry.resources) assert.match(r, /^content-scripts\/carrotquest\.css$|^page-tools\.js$|^escalation-panels\.js$/);
    }
  });

  it("asks for host access only to CarrotQuest's API hosts; the panel is reached through the content script", () => {
    for (const origin of manifest.host_permissions ?? []) assert.match(origin, /^https:\/\/api\.(carrotquest\.io|dashly\.app)\/\*$/);
  });
});
