/**
 * The address check that runs on every page read, on a 2 kB address: one JSON line per figure.
 * `profile.dialogue_url_2kb_ms`: the built-in patterns; `..._worst_accepted_ms`: the slowest shape
 * the pattern check still lets through (an open repeat then a bounded one, never matching).
 */
import { dialogueIdFromUrl, resolveProfile } from '../lib/carrotquest/profile';
import { URL_TEST_CAP } from '../lib/carrotquest/url-pattern';

function measure(run: () => unknown, times: number): { p50: number; p95: number; max: number } {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: ms.at(-1) ?? NaN };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const emit = (bench: string, r: { p50: number; p95: number; max: number }) =>
  console.log(JSON.stringify({ bench, value: round(r.p95), unit: 'ms', p50: round(r.p50), max: round(r.max), goal: 10 }));

const href = `https://app.carrotquest.io/panel/1/inbox?${'q=abcdefgh&'.repeat(Math.ceil(URL_TEST_CAP / 11))}`.slice(0, URL_TEST_CAP);
const builtIn = resolveProfile().dialogueUrl;
emit(
  'profile.dialogue_url_2kb_ms',
  measure(() => dialogueIdFromUrl(href, builtIn), 200),
);
const worst = ['.*=(\\d{1,2})Z'];
emit(
  'profile.dialogue_url_2kb_worst_accepted_ms',
  measure(() => dialogueIdFromUrl(href, worst), 20),
);
