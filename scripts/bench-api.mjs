// API mode figures against the API stand-in with 20 ms added per request (one JSON line each):
// the history import of 5,000 conversations with their parts in the real extension in Chromium, its
// requests in flight, and the background's JS heap while it runs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { API_KEY, DIALOGUE, FIXTURE_OPERATOR, conv, launch, openPanel, setSettings } from '../test/e2e/harness.mjs';

/**
 * Memory of Chromium's extension process (where the service worker runs), in bytes: its private footprint
 * (anonymous resident memory plus swap, /proc/PID/status RssAnon + VmSwap: what Chromium's own task manager
 * shows as "Memory footprint" on Linux), resident (RSS, which counts every shared page of the browser's own
 * code it maps) and proportional (PSS: shared pages divided among the processes that map them); null when
 * not found.
 */
function extensionProcessMemory() {
  let out;
  try {
    out = execFileSync('ps', ['-eo', 'pid=,rss=,args='], { encoding: 'utf8', maxBuffer: 1 << 24 });
  } catch {
    return null;
  }
  const procs = out
    .split('\n')
    .filter((l) => /chrom/.test(l) && /--extension-process/.test(l))
    .map((l) => {
      const [pid, rss] = l.trim().split(/\s+/);
      let pss = null;
      let footprint = null;
      try {
        const kb = /^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
        pss = kb ? Number(kb) * 1024 : null;
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
        footprint = field('RssAnon') + (field('VmSwap') || 0);
        if (!Number.isFinite(footprint)) footprint = null;
      } catch {
        /* not Linux, or gone */
      }
      return { rss: Number(rss) * 1024, pss, footprint };
    });
  if (!procs.length) return null;
  const most = (key) => Math.max(...procs.map((p) => p[key] ?? 0)) || null;
  return { rss: most('rss'), pss: most('pss'), footprint: most('footprint') };
}

/** The service worker's JS heap in use, over CDP (Runtime.getHeapUsage through a session on the worker's target). */
async function workerHeap(context, page, workerUrl) {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === workerUrl);
  if (!target) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let n = 0;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message);
    pending.get(msg.id)?.(msg.result);
    pending.delete(msg.id);
  });
  return async () => {
    const id = ++n;
    const answer = new Promise((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) });
    const r = await Promise.race([answer, new Promise((resolve) => setTimeout(() => resolve(null), 2000))]);
    return r?.usedSize ?? null;
  };
}

export async function benchApi(emit) {
  const env = await launch({ api: { conversations: 5000, days: 85, partsPerConversation: 6 } });
  try {
    env.api.latencyMs = 20;
    // The budget at its highest: the figure is the import's own pace, not the team's throttle.
    await setSettings(env.worker, {
      version: 1,
      operator: FIXTURE_OPERATOR,
      api: { requestsPerMinute: 6000, tagsVia: 'fallback', historyDays: 90 },
    });
    const { page: panel } = await openPanel(env.context, conv(DIALOGUE.REFUND));
    await panel.locator('cq-sidekick [data-testid="dialogue-id"]').waitFor();
    const options = await env.context.newPage();
    await options.goto(`chrome-extension://${env.extensionId}/options.html#api`);
    await options.getByTestId('api-key').fill(API_KEY);
    await options.getByTestId('api-connect').click();
    await options.locator('[data-testid="api-status"][data-state="connected"]').waitFor();
    // Connecting starts the first sync of the copy (the popup's numbers); the import is timed on its own.
    await env.worker.evaluate(async () => {
      for (let i = 0; i < 2400 && !(await chrome.storage.local.get('api.coverage'))['api.coverage']; i++)
        await new Promise((r) => setTimeout(r, 100));
    });
    await options.getByTestId('tab-tags').click();
    // The session is on the panel's page: the options page is closed while the import runs.
    const heapOf = await workerHeap(env.context, panel, env.worker.url()).catch(() => null);
    const before = env.api.stats.requests;
    env.api.stats.peakInFlight = 0;
    const t0 = Date.now();
    await options.getByTestId('api-history').click();
    await options.locator('[data-testid="api-progress"]').waitFor();
    // The options page shares the extension's process: closed, so the memory figures are the background's.
    await options.close();
    let heapMax = 0;
    let rssMax = 0;
    let pssMax = 0;
    let footprintMax = 0;
    let progress = null;
    for (;;) {
      const [p, heap] = await env.worker.evaluate(async () => [(await chrome.storage.local.get('api.history'))['api.history'], null]);
      const used = heapOf ? await heapOf().catch(() => null) : heap;
      if (used) heapMax = Math.max(heapMax, used);
      const memory = extensionProcessMemory();
      rssMax = Math.max(rssMax, memory?.rss ?? 0);
      pssMax = Math.max(pssMax, memory?.pss ?? 0);
      footprintMax = Math.max(footprintMax, memory?.footprint ?? 0);
      progress = p;
      if (p && p.status !== 'running') break;
      if (Date.now() - t0 > 600_000) throw new Error('history import did not finish in 10 minutes');
      await new Promise((r) => setTimeout(r, 250));
    }
    const seconds = (Date.now() - t0) / 1000;
    if (progress.status !== 'done') throw new Error(`history import ended ${progress.status}: ${progress.error?.message}`);
    emit('api.history_import_5000_s', seconds, 's', {
      goal: 90,
      conversations: progress.read,
      learned: progress.learned,
      requests: env.api.stats.requests - before,
      latency_ms: 20,
      peak_in_flight: env.api.stats.peakInFlight,
    });
    if (footprintMax)
      emit('api.history_import.extension_process_footprint_mb', footprintMax / 2 ** 20, 'MB', {
        goal: 200,
        measure:
          'Chromium\'s extension process private memory footprint (/proc/PID/status RssAnon + VmSwap, the task manager\'s "Memory footprint" on Linux), highest sample every 250 ms',
      });
    // For context: these also count the browser's own code and data shared with its other processes.
    if (rssMax)
      emit('api.history_import.extension_process_rss_mb', rssMax / 2 ** 20, 'MB', {
        measure: "Chromium's extension process resident memory, shared pages included, highest sample every 250 ms",
      });
    if (pssMax)
      emit('api.history_import.extension_process_pss_mb', pssMax / 2 ** 20, 'MB', {
        measure: "Chromium's extension process proportional set size (/proc/PID/smaps_rollup), highest sample every 250 ms",
      });
    if (heapMax)
      emit('api.history_import.background_heap_mb', heapMax / 2 ** 20, 'MB', {
        goal: 200,
        measure: "the service worker's JS heap in use (CDP Runtime.getHeapUsage), highest sample every 250 ms",
      });

    // The incremental sync of the copy of the server's conversations (the popup's and the Team tab's numbers):
    // a first sync of the last 31 days, then 100 conversations get a new operator reply, and the sync after it.
    const team = await env.context.newPage();
    await team.goto(`chrome-extension://${env.extensionId}/options.html#team`);
    const synced = () => team.locator('[data-testid="team-status"][data-state="synced"]').waitFor({ timeout: 600_000 });
    await team.getByTestId('team-sync').click();
    await synced();
    const conversations = env.api.apps['12345'].conversations;
    const now = Date.now() / 1000;
    for (const c of conversations.slice(300, 400)) {
      const last = c.parts.at(-1);
      c.parts.push({
        id: String(BigInt(last.id) + 1_000_000_000n),
        type: 'reply_admin',
        body: '<p>ok</p>',
        from: { id: '302', name: 'Иван Петров', type: 'admin' },
        created: now,
      });
      c.last_update = now;
    }
    conversations.sort((a, b) => b.last_update - a.last_update);
    const r0 = env.api.stats.requests;
    const s0 = Date.now();
    await team.getByTestId('team-sync').click();
    await options
      .locator('[data-testid="team-status"][data-state="syncing"]')
      .waitFor({ timeout: 5_000 })
      .catch(() => {});
    await synced();
    emit('api.incremental_sync_100_changed_s', (Date.now() - s0) / 1000, 's', {
      goal: 5,
      requests: env.api.stats.requests - r0,
      latency_ms: 20,
      measure: 'Team tab "Sync now" clicked -> rows shown again (the sync, the untagged filter and the counting)',
    });
  } finally {
    await env.close();
  }
}
