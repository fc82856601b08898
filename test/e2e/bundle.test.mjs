// What the built content script carries, and what it must not: the page tools (pick mode, the selector
// generator, the capture) load only when the operator asks for them, and the page's world runs without
// webextension-polyfill. Its size is a figure (`npm run bench`, `content-script.carrotquest.js.gzip`),
// not an assertion here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from './harness.mjs';

const read = (file) => fs.readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
// Text that exists only in one part of the code: each names where it comes from.
const PAGE_TOOLS_ONLY = {
  'pick mode (lib/carrotquest/pick-mode.ts)': 'picker-overlay',
  'the capture (lib/carrotquest/capture.ts)': 'sidekick-page-capture',
  'the selector generator (lib/carrotquest/selector-gen.ts)': 'aria-describedby',
};
// The escalation's panels (components/escalation/EscalationPanels.tsx), loaded when a dialogue needs them.
const PANELS_ONLY = {
  'the draft panel (DraftPanel.tsx)': 'slack-problem-type',
  'the Jira panel (JiraPanel.tsx)': 'jira-copy-description',
  'the pasted references (RefsForm.tsx)': 'escalation-slack-ref',
  '"Search first" (HelpPanel.tsx)': 'Search the knowledge base',
};
const POLYFILL = 'This script should only be loaded in a browser extension';
const BACKGROUND_ONLY = {
  "the wait-element library's promise cache (many-keys-map; lib/carrotquest/wait-element.ts stands in)": '_objectHashes',
  'the channel library (@webext-core/messaging)': 'only one listener can be setup for',
  "the channel's gate and its payload schemas (lib/channel/registry.ts)": ': invalid input',
  "the checks of the operator's draft (lib/replies/draft-check.ts)": 'Refunds follow the licence agreement only',
  'the key words and the #team-cs question (lib/escalation/key-words.ts, search-help.ts)': 'what you tried and what you need',
};

describe('the built content script', () => {
  const content = read('content-scripts/carrotquest.js');
  const tools = read('page-tools.js');

  it('leaves the page tools to page-tools.js, loaded on request', () => {
    for (const [part, text] of Object.entries(PAGE_TOOLS_ONLY)) {
      assert.ok(tools.includes(text), `page-tools.js should hold ${part}`);
      assert.ok(!content.includes(text), `the content script carries ${part}`);
    }
  });

  it("leaves the escalation's panels to escalation-panels.js, loaded when a dialogue needs them", () => {
    const panels = read('escalation-panels.js');
    for (const [part, text] of Object.entries(PANELS_ONLY)) {
      assert.ok(panels.includes(text), `escalation-panels.js should hold ${part}`);
      assert.ok(!content.includes(text), `the content script carries ${part}`);
    }
    assert.ok(!panels.includes(POLYFILL), 'the escalation panels carry webextension-polyfill');
  });

  it('carries neither webextension-polyfill nor the code only the background needs', () => {
    assert.ok(read('background.js').includes(POLYFILL), 'the background keeps the polyfill');
    assert.ok(!content.includes(POLYFILL), 'the content script carries webextension-polyfill');
    assert.ok(!tools.includes(POLYFILL), 'the page tools carry webextension-polyfill');
    for (const [part, text] of Object.entries(BACKGROUND_ONLY)) assert.ok(!content.includes(text), `the content script carries ${part}`);
  });

  it('is UTF-8 text, as browsers require of content scripts', () => {
    const bytes = fs.readFileSync(path.join(EXTENSION_DIR, 'content-scripts/carrotquest.js'));
    assert.equal(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes), true);
  });
});
