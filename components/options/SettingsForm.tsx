import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings, Shift } from '../../lib/settings/schema';
import { ShiftsEditor, timeZones } from './ShiftsEditor';
import { useOptions } from './useOptions';

function Field({ label, children, hint }: { label: string; children: ComponentChildren; hint?: string }) {
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

type SectionId = 'operator' | 'schedule' | 'targets' | 'slack' | 'help' | 'jira';

/**
 * One card of the settings with its own Save: saving it writes only its fields over the saved
 * settings, so an unfinished edit in another card is neither saved nor lost.
 */
function Section({
  id,
  title,
  onSave,
  children,
}: {
  id: SectionId;
  title: string;
  onSave: () => Promise<void>;
  children: ComponentChildren;
}) {
  const { t } = useOptions();
  return (
    <form
      class="op-card op-form"
      data-section={id}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <h2>{title}</h2>
      {children}
      <button type="submit" class="op-primary" data-testid={id === 'operator' ? 'settings-save' : `settings-save-${id}`}>
        {t('saveSection', { section: title })}
      </button>
    </form>
  );
}

export function SettingsForm() {
  const { t, settings, save, report } = useOptions();
  const [draft, setDraft] = useState<Settings>(settings);
  const [shifts, setShifts] = useState<Shift[]>(settings.operator.shifts);
  // Kept as typed (a new line must survive until the next name is typed); split into names when saved.
  const [seniors, setSeniors] = useState(settings.help.seniors.join('\n'));
  const set = <K extends keyof Settings>(k: K, patch: Partial<Settings[K]>) =>
    setDraft((d) => ({ ...d, [k]: { ...(d[k] as object), ...patch } }));
  const str = (e: Event) => (e.currentTarget as HTMLInputElement).value;

  /** Saves one card: its fields from the draft over what is saved now. */
  const saveWith = async (doc: Settings, newOrigins: string[]) => {
    let granted: boolean;
    try {
      granted = await requestOrigins(newOrigins);
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
  const zones = timeZones(op.timeZone);
  return (
    <>
      <Section
        id="operator"
        title={t('operator')}
        onSave={() =>
          saveWith({ ...settings, operator: { ...draft.operator, shifts: settings.operator.shifts } }, [
            op.teamSettingsUrl !== settings.operator.teamSettingsUrl ? op.teamSettingsUrl : '',
          ])
        }
      >
        <Field label={t('operatorName')}>
          <input type="text" value={op.name} onInput={(e) => set('operator', { name: str(e) })} />
        </Field>
        <div class="op-row">
          <Field label={t('language')}>
            <select value={op.language} onChange={(e) => set('operator', { language: str(e) as Settings['operator']['language'] })}>
              <option value="auto">{t('auto')}</option>
              <option value="ru">Русский</option>
              <option value="en">English</option>
            </select>
          </Field>
          <Field label={t('timeZone')}>
            <select data-testid="time-zone" value={op.timeZone} onChange={(e) => set('operator', { timeZone: str(e) })}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replace(/_/g, ' ')}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t('sshKey')}>
          <textarea rows={2} value={op.sshPublicKey} onInput={(e) => set('operator', { sshPublicKey: str(e) })} />
        </Field>
        <Field label={t('teamUrl')} hint={t('teamUrlHint')}>
          <input type="url" value={op.teamSettingsUrl} onInput={(e) => set('operator', { teamSettingsUrl: str(e) })} />
        </Field>
      </Section>

      <Section
        id="schedule"
        title={t('shifts')}
        onSave={() => saveWith({ ...settings, operator: { ...settings.operator, shifts: shifts.filter((s) => s.days.length > 0) } }, [])}
      >
        <p class="op-hint">{t('shiftsHint')}</p>
        <ShiftsEditor shifts={shifts} onChange={setShifts} />
      </Section>

      <Section id="targets" title={t('targets')} onSave={() => saveWith({ ...settings, targets: draft.targets }, [])}>
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
      </Section>

      <Section
        id="slack"
        title={t('slack')}
        onSave={() =>
          saveWith({ ...settings, slack: draft.slack }, [
            draft.slack.webhookEnabled && draft.slack.webhookUrl !== settings.slack.webhookUrl ? draft.slack.webhookUrl : '',
          ])
        }
      >
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
      </Section>

      <Section
        id="help"
        title={t('help')}
        onSave={() =>
          saveWith(
            {
              ...settings,
              help: {
                ...draft.help,
                seniors: seniors
                  .split('\n')
                  .map((n) => n.trim())
                  .filter(Boolean),
              },
            },
            [],
          )
        }
      >
        <Field label={t('kbSearchUrl')} hint={t('kbSearchHint')}>
          <input
            type="url"
            data-testid="help-kb-url"
            value={draft.help.kbSearchUrl}
            onInput={(e) => set('help', { kbSearchUrl: str(e).trim() })}
          />
        </Field>
        <Field label={t('teamChannelId')}>
          <input type="text" value={draft.help.teamChannelId} onInput={(e) => set('help', { teamChannelId: str(e).trim() })} />
        </Field>
        <Field label={t('seniors')} hint={t('seniorsHint')}>
          <textarea rows={3} data-testid="help-seniors" value={seniors} onInput={(e) => setSeniors(str(e))} />
        </Field>
      </Section>

      <Section id="jira" title={t('jira')} onSave={() => saveWith({ ...settings, jira: draft.jira }, [])}>
        <Field label={t('baseUrl')}>
          <input type="url" value={draft.jira.baseUrl} onInput={(e) => set('jira', { baseUrl: str(e).trim().replace(/\/+$/, '') })} />
        </Field>
        <div class="op-row">
          <Field label={t('projectKey')}>
            <input type="text" value={draft.jira.projectKey} onInput={(e) => set('jira', { projectKey: str(e).trim() })} />
          </Field>
          <Field label={t('projectId')}>
            <input
              type="text"
              inputMode="numeric"
              value={draft.jira.projectId}
              onInput={(e) => set('jira', { projectId: str(e).trim() })}
            />
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
      </Section>
    </>
  );
}
