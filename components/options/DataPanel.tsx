import { useContext, useEffect, useState } from 'preact/hooks';
import { db as sharedDb, type SidekickDb } from '../../lib/db/database';
import { applyRetention, clearAll, exportAll, importAll, validateBackup, type BackupCounts, type SkippedRow } from '../../lib/db/backup';
import { fileTooLarge } from '../../lib/data/file-size';
import { ageModels } from '../../lib/background/model-aging';
import { phrase, resolveLanguage } from '../../lib/i18n/language';
import type { Language, Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/settings/store';
import { getTeamSyncStatus, syncTeamSettings, type TeamSyncStatus } from '../../lib/settings/team-sync';
import type { SettingsResult } from '../../lib/settings/validate';
import { dayKey } from '../../lib/stats/day';
import { momentText } from '../../lib/stats/format';
import { dataStrings } from './data-strings';
import { downloadText } from './download';
import { OptionsContext } from './useOptions';
import { service } from '../../lib/channel/client';

/** The background keeps the models in memory; after a restore or a clear it must read them again. */
function reloadBackgroundModels() {
  void service.call('reloadModels').catch(() => {});
}

export interface DataPanelProps {
  /** UI language; by default the options page's, else the operator's setting. */
  lang?: Language;
  /** The database to manage; the extension's own by default. */
  database?: SidekickDb;
  now?: () => number;
}

type Message = { ok: boolean; text: string; testId: string } | null;

const ddStyle = { margin: 0, overflowWrap: 'anywhere' } as const;

/**
 * Settings from the options page's context when mounted there (so its other tabs see what this panel
 * saves), else straight from storage.
 */
function usePanelSettings(): { settings: Settings | null; save: (doc: Settings) => Promise<SettingsResult> } {
  const ctx = useContext(OptionsContext);
  const [own, setOwn] = useState<Settings | null>(null);
  useEffect(() => {
    if (!ctx) void loadSettings().then(setOwn);
  }, [ctx]);
  if (ctx) return { settings: ctx.settings, save: (doc) => ctx.save(doc) };
  return {
    settings: own,
    save: async (doc) => {
      const result = await saveSettings(doc);
      if (result.ok) setOwn(result.settings);
      return result;
    },
  };
}

function Status({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <p
      class={`op-status ${message.ok ? 'op-status--ok' : 'op-status--error'}`}
      role={message.ok ? 'status' : 'alert'}
      data-testid={message.testId}
    >
      {message.ok ? '✓ ' : '✕ '}
      {message.text}
    </p>
  );
}

const SKIPPED_SHOWN = 10;

/** The rows a restore leaves out, each named, so the operator can see what is missing and why. */
function Skipped({ rows, s }: { rows: SkippedRow[]; s: (typeof dataStrings)['en'] }) {
  if (rows.length === 0) return null;
  return (
    <div data-testid="backup-skipped" data-count={rows.length}>
      <p>{phrase(s.skipped, { n: rows.length })}</p>
      <ul>
        {rows.slice(0, SKIPPED_SHOWN).map((r) => (
          <li key={`${r.table}-${r.index}`}>{r.error}</li>
        ))}
      </ul>
      {rows.length > SKIPPED_SHOWN && <p>{phrase(s.skippedMore, { n: rows.length - SKIPPED_SHOWN })}</p>}
    </div>
  );
}

/**
 * The options page's data tab: backup download and restore, retention, clearing everything, and the
 * team settings sync status. Mount it as is (props are optional).
 */
export function DataPanel({ lang: langProp, database, now = Date.now }: DataPanelProps) {
  const ctx = useContext(OptionsContext);
  const { settings, save } = usePanelSettings();
  const lang = langProp ?? ctx?.lang ?? resolveLanguage(settings?.operator.language ?? 'auto');
  const s = dataStrings[lang];
  const dbase = database ?? sharedDb();

  const [backupMessage, setBackupMessage] = useState<Message>(null);
  const [pending, setPending] = useState<{ doc: unknown; counts: BackupCounts; skipped: SkippedRow[] } | null>(null);
  const [restoredSkipped, setRestoredSkipped] = useState<SkippedRow[]>([]);
  // null until the operator types: the field then shows the saved value.
  const [edited, setEdited] = useState<string | null>(null);
  const [retentionMessage, setRetentionMessage] = useState<Message>(null);
  const [confirmRetention, setConfirmRetention] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [clearMessage, setClearMessage] = useState<Message>(null);
  const [team, setTeam] = useState<TeamSyncStatus | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [teamMessage, setTeamMessage] = useState<Message>(null);

  useEffect(() => {
    void getTeamSyncStatus().then(setTeam);
  }, []);

  if (!settings)
    return (
      <section class="op-card" aria-busy="true">
        <p class="op-hint">{s.loading}</p>
      </section>
    );
  const tz = settings.operator.timeZone;
  const retention = edited ?? String(settings.operator.retentionDays);

  const onExport = async () => {
    const doc = await exportAll(dbase, settings, now());
    let text: string;
    try {
      text = JSON.stringify(doc);
    } catch (err) {
      // Past the longest string the engine makes (about 512 MB): far over what a restore reads.
      setBackupMessage({ ok: false, text: String((err as Error).message), testId: 'backup-error' });
      return;
    }
    // A file no restore would read is not written: the operator hears why and what to do.
    const large = fileTooLarge(new Blob([text]).size, 'backup');
    if (large) {
      setBackupMessage({ ok: false, text: phrase(s.exportTooLarge, large), testId: 'backup-error' });
      return;
    }
    downloadText(`sidekick-backup-${dayKey(now(), tz)}.json`, text);
    setBackupMessage({ ok: true, text: s.exported, testId: 'backup-saved' });
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPending(null);
    setRestoredSkipped([]);
    if (!file) return;
    // Checked before the file is read: a huge or wrong file must not freeze the page in JSON.parse.
    const large = fileTooLarge(file.size, 'backup');
    if (large) {
      setBackupMessage({ ok: false, text: phrase(s.refused, { error: phrase(s.tooLarge, large) }), testId: 'backup-error' });
      return;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(await file.text());
    } catch (err) {
      setBackupMessage({
        ok: false,
        text: phrase(s.refused, { error: phrase(s.notJson, { error: (err as Error).message }) }),
        testId: 'backup-error',
      });
      return;
    }
    const checked = validateBackup(doc, settings);
    if (!checked.ok) {
      setBackupMessage({ ok: false, text: phrase(s.refused, { error: checked.error }), testId: 'backup-error' });
      return;
    }
    setBackupMessage(null);
    setPending({ doc, counts: checked.counts, skipped: checked.skipped });
  };

  const onRestore = async () => {
    if (!pending) return;
    const result = await importAll(dbase, pending.doc, settings);
    setPending(null);
    if (!result.ok) {
      setBackupMessage({ ok: false, text: phrase(s.refused, { error: result.error }), testId: 'backup-error' });
      return;
    }
    reloadBackgroundModels();
    setRestoredSkipped(result.skipped);
    const saved = await save(result.settings);
    setBackupMessage(
      saved.ok
        ? { ok: true, text: phrase(s.imported, result.counts), testId: 'backup-saved' }
        : { ok: false, text: phrase(s.refused, { error: saved.error }), testId: 'backup-error' },
    );
  };

  const retentionDays = (): number | null => {
    const n = Number(retention);
    return retention.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 3650 ? n : null;
  };

  const onSaveRetention = async (): Promise<boolean> => {
    const days = retentionDays();
    if (days === null) {
      setRetentionMessage({ ok: false, text: phrase(s.refused, { error: s.retentionInvalid }), testId: 'retention-error' });
      return false;
    }
    const result = await save({ ...settings, operator: { ...settings.operator, retentionDays: days } });
    if (result.ok) setEdited(null);
    setRetentionMessage(
      result.ok
        ? { ok: true, text: s.saved, testId: 'retention-saved' }
        : { ok: false, text: phrase(s.refused, { error: result.error }), testId: 'retention-error' },
    );
    return result.ok;
  };

  const onApplyRetention = async () => {
    setConfirmRetention(false);
    const days = retentionDays();
    if (days !== settings.operator.retentionDays && !(await onSaveRetention())) return;
    if (!days) {
      setRetentionMessage({ ok: true, text: s.applyForever, testId: 'retention-applied' });
      return;
    }
    const deleted = await applyRetention(dbase, days, now());
    // What retention deleted does not live on inside the models (lib/background/model-aging.ts).
    if (deleted.dialogues > 0 || deleted.feedback > 0) {
      await ageModels(dbase, now());
      reloadBackgroundModels();
    }
    setRetentionMessage({ ok: true, text: phrase(s.applied, deleted), testId: 'retention-applied' });
  };

  const onClear = async () => {
    setConfirmClear(false);
    await clearAll(dbase);
    reloadBackgroundModels();
    setClearMessage({ ok: true, text: s.cleared, testId: 'clear-done' });
  };

  const onSync = async () => {
    setSyncing(true);
    const outcome = await syncTeamSettings({ settings, now: now() });
    setSyncing(false);
    setTeam(await getTeamSyncStatus());
    if (outcome.ran && !outcome.ok)
      setTeamMessage({ ok: false, text: phrase(s.failed, { error: outcome.error }), testId: 'team-sync-error' });
    else if (outcome.ran) {
      setTeamMessage({ ok: true, text: s.saved, testId: 'team-sync-saved' });
      // Outside the options page nobody else reloads the settings the sync just saved.
      if (!ctx) await save(await loadSettings());
    }
  };

  const when = (ms: number | null) => (ms === null ? s.never : momentText(ms, lang, tz));

  return (
    <div data-testid="data-panel">
      <section class="op-card">
        <h2>{s.backupHeading}</h2>
        <p class="op-hint">{s.backupHint}</p>
        <div class="op-row">
          <button type="button" data-testid="backup-export" onClick={() => void onExport()}>
            {s.export}
          </button>
          <label class="op-file">
            {s.import}
            <input type="file" accept=".json,application/json" data-testid="backup-import" onChange={(e) => void onFile(e)} />
          </label>
        </div>
        {pending && (
          <div role="group" data-testid="backup-import-pending">
            <p>{phrase(s.importSummary, pending.counts)}</p>
            <Skipped rows={pending.skipped} s={s} />
            <div class="op-row">
              <button type="button" class="op-primary" data-testid="backup-import-confirm" onClick={() => void onRestore()}>
                {s.importConfirm}
              </button>
              <button type="button" onClick={() => setPending(null)}>
                {s.cancel}
              </button>
            </div>
          </div>
        )}
        <Status message={backupMessage} />
        {!pending && <Skipped rows={restoredSkipped} s={s} />}
      </section>

      <section class="op-card">
        <h2>{s.retentionHeading}</h2>
        <p class="op-hint">{s.retentionHint}</p>
        <div class="op-row">
          <label class="op-field" style={{ maxWidth: '160px' }}>
            <span>{s.retentionDays}</span>
            <input
              type="number"
              min="0"
              max="3650"
              step="1"
              data-testid="retention-days"
              value={retention}
              onInput={(e) => setEdited((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="button" data-testid="retention-save" onClick={() => void onSaveRetention()}>
            {s.save}
          </button>
          <button type="button" data-testid="retention-apply" onClick={() => setConfirmRetention(true)}>
            {s.apply}
          </button>
        </div>
        {confirmRetention && (
          <div class="op-row" role="group">
            <button type="button" class="op-primary" data-testid="retention-apply-confirm" onClick={() => void onApplyRetention()}>
              {phrase(s.applyConfirm, { days: retention })}
            </button>
            <button type="button" onClick={() => setConfirmRetention(false)}>
              {s.cancel}
            </button>
          </div>
        )}
        <Status message={retentionMessage} />
      </section>

      <section class="op-card">
        <h2>{s.teamHeading}</h2>
        <dl
          data-testid="team-sync-status"
          style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '0 0 8px' }}
        >
          <dt>{s.teamUrl}</dt>
          <dd style={ddStyle}>{settings.operator.teamSettingsUrl || s.teamNotSet}</dd>
          <dt>{s.lastSuccess}</dt>
          <dd style={ddStyle} data-testid="team-sync-last-success">
            {team ? when(team.lastSuccessAt) : '…'}
          </dd>
          <dt>{s.lastAttempt}</dt>
          <dd style={ddStyle}>{team ? when(team.lastAttemptAt) : '…'}</dd>
          <dt>{s.lastError}</dt>
          <dd style={ddStyle} data-testid="team-sync-last-error">
            {team?.lastError ?? s.none}
          </dd>
        </dl>
        {settings.operator.teamSettingsUrl && (
          <button type="button" data-testid="team-sync-now" disabled={syncing} onClick={() => void onSync()}>
            {syncing ? s.syncing : s.syncNow}
          </button>
        )}
        <Status message={teamMessage} />
      </section>

      <section class="op-card">
        <h2>{s.clearHeading}</h2>
        <p class="op-hint">{s.clearHint}</p>
        {!confirmClear ? (
          <button type="button" data-testid="clear-all" onClick={() => setConfirmClear(true)}>
            {s.clear}
          </button>
        ) : (
          <div role="group">
            <p>{s.clearConfirmText}</p>
            <div class="op-row">
              <button type="button" class="op-primary" data-testid="clear-all-confirm" onClick={() => void onClear()}>
                {s.clearConfirm}
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                {s.cancel}
              </button>
            </div>
          </div>
        )}
        <Status message={clearMessage} />
      </section>
    </div>
  );
}
