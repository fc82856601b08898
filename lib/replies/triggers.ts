import type { DialogueMessage } from '../carrotquest/snapshot';
import type { ComplexityLevel } from '../db/schema';
import type { Settings } from '../settings/schema';
import { findSecrets, type SecretKind } from '../secrets/detect';
import { detectAnger, detectIntents, type Intent } from './intents';
import type { BuiltInReplyId } from './library';
import { DAY_MS } from '../time/units';
import { customerWaiting, isLongWait } from '../triage/waiting';
import {
  answerWaitsForWeekend,
  dutyToday,
  isInLastMinutesOfShift,
  isLateFriday,
  localTime,
  nextWorkingDay,
  nextWorkingDayPhrase,
} from './schedule';

/**
 * Which replies fit the open dialogue now, best first, each with a reason the operator can check.
 * Only the customer's words count, and newer messages count more: a refund asked for ten messages
 * ago and already answered should not outrank what the customer says now.
 */

export interface Reason {
  ru: string;
  en: string;
}

export interface ReplyTrigger {
  replyId: BuiltInReplyId;
  reason: Reason;
}

export interface TriggerInput {
  messages: readonly DialogueMessage[];
  complexity?: ComplexityLevel | null;
  now: Date;
  settings: Pick<Settings, 'operator' | 'replies'> & Partial<Pick<Settings, 'playbook'>>;
}

/** The customer messages looked at; older ones rarely still need a reply. */
const RECENT_MESSAGES = 8;
const RECENCY_DECAY = 0.6;
const QUOTE_MAX = 80;
/** A complex dialogue on Friday from 15:00: the start of next week is promised first, above what the customer asks for. */
const LATE_FRIDAY_FIRST = 1.15;
/** Anger in one of the latest messages puts CARP first, above what the customer asks for. */
const CARP_FIRST = 1.2;
const ANGER_RECENT = 3;

/** Base weight of each signal: what the customer asks for outranks what the clock says. */
const INTENT_REPLY: Record<Intent, { id: BuiltInReplyId; weight: number; reason: (q: string) => Reason }> = {
  refund: {
    id: 'refund',
    weight: 1,
    reason: (q) => ({ ru: `Клиент просит вернуть деньги: «${q}»`, en: `The customer asks for a refund: “${q}”` }),
  },
  compensation: {
    id: 'no-compensation',
    weight: 0.95,
    reason: (q) => ({
      ru: `Клиент просит компенсацию, скидку или дни лицензии: «${q}»`,
      en: `The customer asks for compensation, a discount or licence days: “${q}”`,
    }),
  },
  'ssh-key': {
    id: 'ssh-key',
    weight: 1,
    reason: (q) => ({
      ru: `Клиент просит SSH-ключ оператора — дайте ключ команды: «${q}»`,
      en: `The customer asks for an operator's SSH key — give the team's key: “${q}”`,
    }),
  },
  'off-platform': {
    id: 'stay-in-carrotquest',
    // Above the others: a dialogue moved to a personal messenger is lost to the team for good.
    weight: 1.05,
    reason: (q) => ({
      ru: `Клиент предлагает перейти в мессенджер или на телефон — диалог остаётся в CarrotQuest, чтобы его могли подхватить коллеги: «${q}»`,
      en: `The customer wants to move to a messenger or the phone — the dialogue stays in CarrotQuest so teammates can pick it up: “${q}”`,
    }),
  },
  internals: {
    id: 'no-internals',
    weight: 0.95,
    reason: (q) => ({
      ru: `Клиент спрашивает о внутреннем устройстве продукта: «${q}»`,
      en: `The customer asks how the product works internally: “${q}”`,
    }),
  },
};

const ORDER: BuiltInReplyId[] = [
  'stay-in-carrotquest',
  'refund',
  'ssh-key',
  'no-compensation',
  'no-internals',
  'carp',
  'weekend',
  'continue-monday',
  'end-of-day',
  'handover-senior',
  'ack',
  'complex-hold',
  'access-domains',
  'access-wordpress',
  'access-affiliate',
  'access-tracker',
];

function quote(fragment: string): string {
  const flat = fragment.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat;
}

interface Scored {
  score: number;
  reason: Reason;
}

/** Which accesses a technical problem needs, from what the customer wrote about it. */
function accessReply(text: string): { id: BuiltInReplyId; reason: Reason } {
  const t = text.toLowerCase().replace(/ё/g, 'е');
  if (
    /(?<![а-яa-z])(?:домен\S*|днс|dns|ssl|сертификат\S*|https|cloudflare|клаудфлер\S*|регистратор\S*|namecheap|godaddy|reg\.ru)|\b(?:domains?|registrar|certificate|nameservers?)\b/u.test(
      t,
    )
  ) {
    return {
      id: 'access-domains',
      reason: {
        ru: 'Проблема с доменами: нужны трекер, сервер и регистратор',
        en: 'A domain problem: ask for the tracker, the server and the registrar',
      },
    };
  }
  if (/(?<![а-яa-z])(?:wordpress|вордпресс\S*|вп-админ\S*|wp-admin|wp\s+плагин\S*)|\bwp\b/u.test(t)) {
    return {
      id: 'access-wordpress',
      reason: { ru: 'Проблема с WordPress: нужны трекер и админка WP', en: 'A WordPress problem: ask for the tracker and the WP admin' },
    };
  }
  if (
    /(?<![а-яa-z])(?:партнерк\S*|партнерск\S*|пп\s|постбек\S*|постбэк\S*|postback\S*)|\b(?:affiliate|network|postbacks?|s2s)\b/u.test(t)
  ) {
    return {
      id: 'access-affiliate',
      reason: {
        ru: 'Проблема с партнёрской сетью: нужны сеть и трекер',
        en: 'An affiliate network problem: ask for the network and the tracker',
      },
    };
  }
  return {
    id: 'access-tracker',
    reason: {
      ru: 'Техническая проблема: попросите доступы к трекеру и серверу',
      en: 'A technical problem: ask for access to the tracker and the server',
    },
  };
}

/** Called on a Friday: whether the operator's next shift is tomorrow and tomorrow is not a duty day. */
function worksRegularSaturday(now: Date, settings: TriggerInput['settings']): boolean {
  const { timeZone, shifts } = settings.operator;
  return nextWorkingDay(now, timeZone, shifts).daysAhead === 1 && !dutyToday(settings, new Date(now.getTime() + DAY_MS));
}

export function replyTriggers(input: TriggerInput): ReplyTrigger[] {
  const { messages, complexity, now, settings } = input;
  const scored = new Map<BuiltInReplyId, Scored>();
  const offer = (id: BuiltInReplyId, score: number, reason: Reason) => {
    const had = scored.get(id);
    if (!had || score > had.score) scored.set(id, { score, reason });
  };

  const customer = messages.filter((m) => m.fromCustomer && m.text.trim()).slice(-RECENT_MESSAGES);
  let weight = 1;
  let angryRecent = 0;
  for (let i = customer.length - 1; i >= 0; i--, weight *= RECENCY_DECAY) {
    const text = customer[i]!.text; // 0 <= i < customer.length
    for (const match of detectIntents(text)) {
      const r = INTENT_REPLY[match.intent];
      offer(r.id, weight * r.weight, r.reason(quote(match.fragment)));
    }
    const anger = detectAnger(text);
    if (anger.score >= 1) {
      const signs = quote(anger.signs.slice(0, 3).join(', '));
      const recent = customer.length - i <= ANGER_RECENT;
      if (recent) angryRecent++;
      offer('carp', recent ? CARP_FIRST : weight * Math.min(0.9, 0.55 + 0.15 * anger.score), {
        ru: `Клиент раздражён (${signs}): по CARP — взять ситуацию под контроль, признать проблему, вернуть к делу, решить`,
        en: `The customer is upset (${signs}): follow CARP — control, acknowledge, refocus, problem-solve`,
      });
    }
    if (anger.threat || anger.score >= 3) {
      offer('handover-senior', weight * 0.7, {
        ru: anger.threat
          ? 'Клиент угрожает (суд, отзывы, чарджбэк): подключите старшего коллегу'
          : 'Конфликт обостряется: подключите старшего коллегу',
        en: anger.threat
          ? 'The customer makes threats (lawyers, reviews, chargeback): bring in a senior teammate'
          : 'The conflict is escalating: bring in a senior teammate',
      });
    }
  }
  if (angryRecent >= 2) {
    offer('handover-senior', 0.7, {
      ru: 'Клиент раздражён уже в нескольких сообщениях подряд: подключите старшего коллегу',
      en: 'The customer has been upset for several messages: bring in a senior teammate',
    });
  }

  const tz = settings.operator.timeZone;
  const shifts = settings.operator.shifts;
  const open = complexity === 'complex' || complexity === 'critical';
  // A critical dialogue is solved now, whatever the day; a complex one is warned only when it really waits.
  if (complexity === 'complex' && answerWaitsForWeekend(now, tz, shifts)) {
    const friday = localTime(now, tz).weekday === 5;
    offer('weekend', 0.85, {
      ru: friday
        ? 'Пятница после обеда и вопрос не быстрый: предупредите, что решение будет в начале следующей недели'
        : 'Выходные и вопрос не быстрый: предупредите, что решение будет в начале следующей недели',
      en: friday
        ? 'Friday afternoon and the question takes time: warn that the answer comes at the start of next week'
        : 'Weekend and the question takes time: warn that the answer comes at the start of next week',
    });
  }
  // Unless the operator works a regular (not duty) Saturday shift: then the answer does not wait for next week.
  if (complexity === 'complex' && isLateFriday(now, tz) && !worksRegularSaturday(now, settings)) {
    offer('weekend', LATE_FRIDAY_FIRST, {
      ru: 'Пятница после 15:00 и вопрос сложный: сначала скажите, что вернётесь с решением в начале следующей недели',
      en: 'Friday after 15:00 and a complex question: first say you will come back with the answer at the start of next week',
    });
  }
  // On a duty day #tech-questions is for critical dialogues only: a complex one waits for Monday or goes to SUPPORT.
  if (complexity === 'complex' && dutyToday(settings, now)) {
    offer('continue-monday', 0.9, {
      ru: 'Дежурный день: #tech-questions только для критичных — скажите, что продолжите в понедельник, или создайте задачу в SUPPORT',
      en: 'Duty day: #tech-questions is for critical issues only — say you will continue on Monday, or create a SUPPORT task',
    });
  }
  if (isInLastMinutesOfShift(now, shifts, tz, 30)) {
    const next = nextWorkingDay(now, tz, shifts);
    offer('end-of-day', complexity === 'simple' ? 0.6 : 0.8, {
      ru: `Смена заканчивается меньше чем через 30 минут: скажите, что продолжите ${nextWorkingDayPhrase(next, 'ru')} после 9:00 МСК`,
      en: `Your shift ends in less than 30 minutes: say you will continue ${nextWorkingDayPhrase(next, 'en')} after 9:00 Moscow time`,
    });
  }
  // A customer left waiting during the shift hears from us first, whatever else fits.
  const waiting = customerWaiting(messages, now.getTime());
  if (isLongWait(waiting, now, settings)) {
    offer('ack', 1.1, {
      ru: `Клиент ждёт ответа ${waiting.minutes} мин: сначала скажите, что запрос получен`,
      en: `The customer has waited ${waiting.minutes} min: acknowledge the request first`,
    });
  }
  if (complexity === 'critical') {
    offer('ack', 0.5, { ru: 'Критичный вопрос: сразу ответьте, что запрос получен', en: 'Critical: acknowledge the request at once' });
  } else if (complexity === 'complex') {
    offer('complex-hold', 0.45, {
      ru: 'Сложный вопрос: скажите, что разбираемся и вернёмся с результатом',
      en: 'Complex: say we are looking into it and will come back with results',
    });
  }
  if (open) {
    const access = accessReply(customer.map((m) => m.text).join('\n'));
    offer(access.id, 0.3, access.reason);
  }

  const disabled = new Set(settings.replies.filter((r) => r.enabled === false).map((r) => r.id));
  return [...scored.entries()]
    .filter(([id]) => !disabled.has(id))
    .sort(([a, x], [b, y]) => y.score - x.score || ORDER.indexOf(a) - ORDER.indexOf(b))
    .map(([replyId, { reason }]) => ({ replyId, reason }));
}

export interface SecretWarning {
  kind: SecretKind;
  /** Index into the messages passed in. */
  messageIndex: number;
}

/**
 * Secrets the customer pasted into the chat (keys, passwords, tokens): the operator should ask for
 * them to be rotated once the work is done. One warning per kind per message.
 */
export function secretWarnings(messages: readonly DialogueMessage[]): SecretWarning[] {
  const warnings: SecretWarning[] = [];
  messages.forEach((m, messageIndex) => {
    if (!m.fromCustomer) return;
    const kinds = new Set(findSecrets(m.text).map((s) => s.kind));
    for (const kind of kinds) warnings.push({ kind, messageIndex });
  });
  return warnings;
}
