import type { DialogueSnapshot } from '../carrotquest/snapshot';
import type { Language, Settings } from '../settings/schema';
import { nextWorkingDay, nextWorkingDayPhrase } from './schedule';
import type { ReplyValues } from './variables';

/**
 * The variable values the sidebar already knows for the open dialogue. The estimate is left out:
 * only the operator can guess it, so the picker asks for it.
 */
export function replyValuesFor(input: {
  snapshot: Pick<DialogueSnapshot, 'customer' | 'link' | 'operator'>;
  settings: Pick<Settings, 'operator'>;
  now: Date;
  lang: Language;
}): ReplyValues {
  const { snapshot, settings, now, lang } = input;
  const { timeZone, shifts, name, sshPublicKey } = settings.operator;
  return {
    customerFirstName: snapshot.customer.name,
    operatorName: name || snapshot.operator,
    dialogueLink: snapshot.link ?? undefined,
    nextWorkingDay: nextWorkingDayPhrase(nextWorkingDay(now, timeZone, shifts), lang),
    sshKey: sshPublicKey.trim() || undefined,
  };
}
