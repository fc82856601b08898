// The add-on store's linter (web-ext lint, i.e. addons-linter) on the Firefox build, or on the store package with
// --zip. Fails on any error, and on any warning that is not one of the known ones below (each with its reason, also
// listed in the README). Run after `npm run build:firefox` (or `wxt zip -b firefox --mv3` for --zip).
//
//   node scripts/lint-firefox.mjs [--zip]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Warnings the store's reviewers see and that stay, with why. Matched by code and file. */
const KNOWN = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(content-scripts\/carrotquest\.js|escalation-panels\.js|chunks\/[^/]+\.js)$/,
    message: /^Unsafe assignment to innerHTML$/,
    why: "Preact's renderer, which writes innerHTML only for dangerouslySetInnerHTML; the code never uses it (all text is rendered as text)",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^content-scripts\/carrotquest\.js$/,
    message: /^Unsafe call to import for argument 0$/,
    why: "the content script imports the extension's own page-tools.js (runtime.getURL) when the operator teaches the page; no remote code",
  },
];

const zip = process.argv.includes('--zip');
let args;
if (zip) {
  // The exact file to upload, read as the store reads it (web-ext lint runs the same addons-linter on a folder).
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const file = path.join(ROOT, `.output/${pkg.name}-${pkg.version}-firefox.zip`);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run npm run zip`);
  args = [path.join(ROOT, 'node_modules/.bin/addons-linter'), ['--output', 'json', file]];
} else {
  const dir = path.join(ROOT, '.output/firefox-mv3');
  if (!fs.existsSync(path.join(dir, 'manifest.json')))
    throw new Error('no Firefox build in .output/firefox-mv3: run npm run build:firefox');
  args = [path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery']];
}
let out;
try {
  out = execFileSync(args[0], args[1], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
} catch (err) {
  // The linter exits non-zero when there are errors; the report is on stdout all the same.
  out = err.stdout;
  if (!out) throw err;
}
const report = JSON.parse(out);
const known = (m) => KNOWN.some((k) => k.code === m.code && k.file.test(m.file ?? '') && k.message.test(m.message));
const unknownWarnings = report.warnings.filter((m) => !known(m));
const line = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}${m.description ? ` (${m.description})` : ''}`;
for (const m of report.errors) console.error(`error\n${line(m)}`);
for (const m of unknownWarnings) console.error(`warning not listed in scripts/lint-firefox.mjs and the README\n${line(m)}`);
const listed = report.warnings.length - unknownWarnings.length;
console.log(
  `web-ext lint (${zip ? 'store package' : '.output/firefox-mv3'}): ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${listed} known and listed), ${report.notices.length} notices`,
);
if (report.errors.length || unknownWarnings.length) process.exit(1);
