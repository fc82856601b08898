import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/settings/schema';
import { shiftsFromText, shiftsToText } from './shifts-text';
import { useOptions } from './useOptions';

type Draft = Settings;

function Field({ label, children, hint }: { label: string; children: preact.ComponentChildren; hint?: string }) {
  return (
    <label class="op-field">
      <span>{label}</span>
      {children}
      {hint && <small class="op-hint">{hint}</small>}
    </label>
  );
}

/** Asks for access to an address the operator typed (team settings, Slack webhook) in the Save click itself. */
async function requestOrigins(urls: string[]): Promise<boolean> {
  const origins = urls.filter(Boolean).map((u) => new URL(u).origin + '/*');
  if (!origins.length || !browser.permissions?.request) return true;
  try {
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}

export function SettingsForm() {
  const { t, settings, save, report } = useOptions();
  const [draft, setDraft] = useState<Draft>(settings);
  const [shifts, setShifts] = useState(shiftsToText(settings.operator.shifts));
  const set = <K extends keyof Draft>(k: K, patch: Partial<Draft[K]>) => setDraft({ ...draft, [k]: { ...(draft[k] as object), ...patch } });
  const str = (e: Event) => (e.currentTarget as HTMLInputElement).value;

  const onSave = async (e: Event) => {
    e.preventDefault();
    const parsedShifts = shiftsFromText(shifts);
    if (!parsedShifts.ok) {
      report({ ok: false, field: 'operator.shifts', error: `operator.shifts: line ${parsedShifts.line} is not like "1-5 09:00-18:00"` });
      return;
    }
    const doc = { ...draft, operator: { ...draft.operator, shifts: parsedShifts.shifts } };
    const wanted = [
      doc.operator.teamSettingsUrl !== settings.operator.teamSettingsUrl ? doc.operator.teamSettingsUrl : '',
      doc.slack.webhookEnabled && doc.slack.webhookUrl !== settings.slack.webhookUrl ? doc.slack.webhookUrl : '',
    ];
    let granted: boolean;
    try {
      granted = await requestOrigins(wanted);
    } catch {
      granted = true; // an invalid URL is left for validation to name
    }
    if (!granted) {
      report({ ok: false, error: t('permissionDenied') });
      return;
    }
    await save(doc, 'saved');
  };

  const op = draft.operator;
  return (
    <form class="op-card op-form" onSubmit={onSave}>
      <h2>{t('operator')}</h2>
      <Field label={t('operatorName')}>
        <input type="text" value={op.name} onInput={(e) => set('operator', { name: str(e) })} />
      </Field>
      <Field label={t('language')}>
        <select value={op.language} onChange={(e) => set('operator', { language: str(e) as Settings['operator']['language'] })}>
          <option value="auto">{t('auto')}</option>
          <option value="ru">Русский</option>
          <option value="en">English</option>
        </select>
      </Field>
      <Field label={t('timeZone')}>
        <input type="text" value={op.timeZone} onInput={(e) => set('operator', { timeZone: str(e) })} />
      </Field>
      <Field label={t('shifts')} hint={t('shiftsHint')}>
        <textarea rows={3} value={shifts} onInput={(e) => setShifts(str(e))} />
      </Field>
      <Field label={t('sshKey')}>
        <textarea rows={2} value={op.sshPublicKey} onInput={(e) => set('operator', { sshPublicKey: str(e) })} />
      </Field>
      <Field label={t('teamUrl')} hint={t('teamUrlHint')}>
        <input type="url" value={op.teamSettingsUrl} onInput={(e) => set('operator', { teamSettingsUrl: str(e) })} />
      </Field>

      <h2>{t('targets')}</h2>
      <div class="op-row">
        <Field label={t('floor')}>
          <input
            type="number"
            min={0}
            max={100}
            value={Math.round(draft.targets.floor * 100)}
            onInput={(e) => set('targets', { floor: Number(str(e)) / 100 })}
          />
        </Field>
        <Field label={t('goal')}>
          <input
            type="number"
            min={0}
            max={100}
            value={Math.round(draft.targets.goal * 100)}
            onInput={(e) => set('targets', { goal: Number(str(e)) / 100 })}
          />
        </Field>
        <Field label={t('longHeld')}>
          <input
            type="number"
            min={1}
            value={draft.targets.longHeldHours}
            onInput={(e) => set('targets', { longHeldHours: Number(str(e)) })}
          />
        </Field>
      </div>

      <h2>{t('slack')}</h2>
      <div class="op-row">
        <Field label={t('teamId')}>
          <input type="text" value={draft.slack.teamId} onInput={(e) => set('slack', { teamId: str(e).trim() })} />
        </Field>
        <Field label={t('channelId')}>
          <input type="text" value={draft.slack.channelId} onInput={(e) => set('slack', { channelId: str(e).trim() })} />
        </Field>
      </div>
      <Field label={t('webhookUrl')} hint={t('webhookHint')}>
        <input type="url" value={draft.slack.webhookUrl} onInput={(e) => set('slack', { webhookUrl: str(e).trim() })} />
      </Field>
      <label class="op-check">
        <input
          type="checkbox"
          checked={draft.slack.webhookEnabled}
          onChange={(e) => set('slack', { webhookEnabled: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('webhookEnabled')}
      </label>

      <h2>{t('jira')}</h2>
      <Field label={t('baseUrl')}>
        <input type="url" value={draft.jira.baseUrl} onInput={(e) => set('jira', { baseUrl: str(e).trim().replace(/\/+$/, '') })} />
      </Field>
      <div class="op-row">
        <Field label={t('projectKey')}>
          <input type="text" value={draft.jira.projectKey} onInput={(e) => set('jira', { projectKey: str(e).trim() })} />
        </Field>
        <Field label={t('projectId')}>
          <input type="text" inputMode="numeric" value={draft.jira.projectId} onInput={(e) => set('jira', { projectId: str(e).trim() })} />
        </Field>
        <Field label={t('issueTypeId')}>
          <input
            type="text"
            inputMode="numeric"
            value={draft.jira.issueTypeId}
            onInput={(e) => set('jira', { issueTypeId: str(e).trim() })}
          />
        </Field>
      </div>
      <button type="submit" class="op-primary" data-testid="settings-save">
        {t('save')}
      </button>
    </form>
  );
}
