// @vitest-environment node
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The replies and complexity sections bundled as the content script bundles them (dependencies left out). */
async function sectionsBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "export { RepliesSection } from './components/replies/RepliesSection';\nexport { ComplexitySection } from './components/triage/ComplexitySection';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external: ['preact', 'preact/*', 'zustand', 'zustand/*', '@webext-core/*', 'wxt', 'wxt/*', 'webextension-polyfill'],
    // Russian text stays readable, so the checks below can find it.
    charset: 'utf8',
    logLevel: 'silent',
  });
  const [bundle] = result.outputFiles;
  if (!bundle) throw new Error('esbuild returned no bundle');
  return bundle.text;
}

describe('the page bundle of the replies and complexity sections', () => {
  it('carries the sections but not the reply library, the triggers, the complexity rules or the secret patterns', async () => {
    const code = await sectionsBundle();
    // The sections themselves, and their UI phrases, are in the page.
    expect(code).toContain('reply-search');
    expect(code).toContain('Suggested reply: {title}');
    // A built-in reply, a trigger's reason, a complexity rule's reason, a playbook step, a secret kind's label.
    for (const text of [
      'Возвратов мы не делаем',
      'The customer asks for a refund',
      'Трекер или админка недоступны',
      'Invite teammates to help',
      'Telegram bot token',
      'BEGIN',
    ]) {
      expect(code, text).not.toContain(text);
    }
  });
});
