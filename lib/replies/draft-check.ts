import { findSecrets, SECRET_KIND_LABELS } from '../secrets/detect';
import { checkedText } from './draft-bounds';

/**
 * The operator's own reply checked against the team's rules while it is typed: a quiet warning with
 * the rule and a fix, never a block and never an edit. Russian and English; a rule stated in the
 * negative ("скидок не даём", "no refunds") is the rule kept, not broken.
 */

export type DraftRule =
  'refund-promise' | 'compensation-promise' | 'internals' | 'personal-contact' | 'personal-ssh-key' | 'estimate' | 'secret';

export interface Phrase {
  ru: string;
  en: string;
}

export interface DraftWarning {
  rule: DraftRule;
  /** The operator's words that matched, as typed. */
  fragment: string;
  /** The team's rule, in a few words. */
  why: Phrase;
  /** What to write instead. */
  fix: Phrase;
}

export interface DraftContext {
  /** The team's shared SSH key (settings), which is fine to give. */
  teamSshKey?: string;
  /** Where the caret is; the text around it and a bounded prefix are checked. */
  caret?: number;
}

const B = '(?<![а-яёa-z])';
// Global, so every match can be looked at (a negated one is skipped for the next); compiled once.
const rx = (source: string) => new RegExp(source, 'giu');

/** A negation close before the match turns a promise into the rule itself ("мы не вернём деньги"). */
const NEGATION_BEFORE =
  /(?:(?<![а-яёa-z])(?:не|нет|ни|никак\S*|нельзя|невозможно)|\b(?:not|no|never|cannot|can'?t|won'?t|don'?t|doesn'?t|unable|unfortunately)\b)[^.!?\n]{0,30}$/iu;
/** ...and so does one right after it ("скидок не даём", "refunds are not possible"). */
const NEGATION_AFTER =
  /^[^.!?\n]{0,25}?(?:(?<![а-яёa-z])(?:не\s+(?:да[её]м|предоставля|дела|возвраща|начисля|положен|предусмотрен|бывает|можем)|нет|невозможн)|\b(?:not\s+(?:possible|available|offered|provided)|are\s+not|is\s+not|isn'?t|aren'?t)\b)/iu;

interface Check {
  rule: Exclude<DraftRule, 'secret' | 'personal-ssh-key' | 'estimate'>;
  /** Words one of the patterns needs: a draft without any is passed over at once. */
  hint: RegExp;
  patterns: RegExp[];
  negatable: boolean;
  why: Phrase;
  fix: Phrase;
}

const CHECKS: readonly Check[] = [
  {
    rule: 'refund-promise',
    hint: /верн|возвра|деньги|refund|money|return/i,
    negatable: true,
    patterns: [
      rx(
        `${B}(?:(?:верн[её]м|верну|возвращаем|возвратим)(?![а-яё])|оформ(?:им|лю|ляем)\\s+возврат|сделаем\\s+возврат|возврат\\s+(?:оформлен|одобрен|сделан|будет))`,
      ),
      rx(`${B}деньги\\s+(?:вернутся|придут\\s+обратно|будут\\s+возвращены)`),
      rx(
        `\\b(?:we(?:'ll|\\s+will|\\s+can)?|i(?:'ll|\\s+will|\\s+can)?)\\s+(?:\\w+\\s+)?(?:refund|issue\\s+(?:you\\s+)?a\\s+refund|give\\s+(?:you\\s+)?(?:your\\s+)?money\\s+back|return\\s+(?:your\\s+)?(?:money|payment))`,
      ),
      rx(`\\brefund\\s+(?:is|has\\s+been|was|will\\s+be)\\s+(?:issued|processed|approved|sent|on\\s+its\\s+way)`),
      rx(`\\byou(?:'ll|\\s+will)\\s+get\\s+(?:your\\s+)?(?:money|a\\s+refund)\\s+back|\\byou(?:'ll|\\s+will)\\s+get\\s+a\\s+refund`),
    ],
    why: {
      ru: 'Возврат только по условиям лицензионного договора — не обещайте его',
      en: 'Refunds follow the licence agreement only — do not promise one',
    },
    fix: {
      ru: 'Сошлитесь на лицензионный договор (ответ «Возврат» в библиотеке)',
      en: 'Point to the licence agreement (the "Refund" reply in the library)',
    },
  },
  {
    rule: 'compensation-promise',
    hint: /скидк|компенс|бонус|промокод|дн|недел|месяц|лиценз|%|discount|compensat|free|extra|bonus|coupon|promo|day|week|month|licen/i,
    negatable: true,
    patterns: [
      rx(
        `${B}(?:дадим|даём|даем|дам|сделаем|предоставим|начислим|добавим|накинем|подарим|продлим|компенсируем)\\s+(?:вам\\s+|тебе\\s+)?(?:\\S+\\s+){0,2}?(?:скидк|компенсац|бонус|промокод|дн(?:ей|я|и)|недел|месяц|лицензи)`,
      ),
      rx(`${B}скидк\\S*\\s+(?:в\\s+)?\\d+\\s*%|${B}\\d+\\s*%\\s+скидк`),
      rx(`${B}(?:бесплатн\\S*|дополнительн\\S*)\\s+(?:\\S+\\s+)?(?:дн(?:ей|я|и)|недел\\S*|месяц\\S*)`),
      rx(
        `\\b(?:we(?:'ll|\\s+will|\\s+can)?|i(?:'ll|\\s+will|\\s+can)?)\\s+(?:\\w+\\s+)?(?:give|offer|add|credit|extend|provide|grant)\\s+(?:you\\s+)?(?:\\S+\\s+){0,2}?(?:discount|compensation|free|extra|bonus|coupon|promo|\\d+\\s+(?:days?|weeks?|months?))`,
      ),
      rx(
        `\\b\\d+\\s*%\\s+(?:off|discount)\\b|\\bdiscount\\s+of\\s+\\d+|\\b(?:free|extra|bonus)\\s+(?:\\w+\\s+)?(?:days?|weeks?|months?)\\s+(?:of|on|to)\\s+(?:your\\s+)?(?:licen[cs]e|subscription)`,
      ),
    ],
    why: {
      ru: 'Скидок, компенсаций и дополнительных дней лицензии команда не даёт',
      en: 'The team gives no discounts, compensation or extra licence days',
    },
    fix: {
      ru: 'Извинитесь и скажите, что делаете для решения (ответ «Без компенсаций»)',
      en: 'Apologise and say what is being done (the "No compensation" reply)',
    },
  },
  {
    rule: 'internals',
    hint: /таблиц|алгоритм|очеред|воркер|капот|схем|internal|under the hood|algorithm|schema|table|clickhouse|mysql/i,
    negatable: false,
    patterns: [
      rx(
        `${B}(?:у\\s+нас|в\\s+трекере|внутри|в\\s+базе)\\s+(?:\\S+\\s+){0,3}?(?:таблиц\\S*\\s+\\S+|алгоритм|очеред\\S*\\s+(?:задач|воркер)|воркер)`,
      ),
      rx(
        `${B}(?:наш|этот)\\s+алгоритм\\s+(?:\\S+\\s+)?(?:работает|считает|определяет|устроен)|${B}под\\s+капотом|${B}схем[аеуы]\\s+(?:нашей\\s+)?(?:баз|бд)`,
      ),
      rx(`${B}таблиц[аеуы]\\s+\`?[a-z_]+\`?\\s+(?:в\\s+)?(?:clickhouse|кликхаус|mysql)`),
      rx(`\\b(?:internally|under\\s+the\\s+hood)\\b|\\bour\\s+(?:algorithm|database\\s+schema|schema|internal\\s+\\w+)\\b`),
      rx(`\\bthe\\s+\`?[a-z_]+\`?\\s+table\\s+in\\s+(?:clickhouse|mysql)|\\bin\\s+(?:clickhouse|mysql)\\s+we\\s+(?:store|keep|use)`),
    ],
    why: {
      ru: 'Внутреннее устройство продукта клиентам не объясняем',
      en: "The product's internals are not explained to customers",
    },
    fix: {
      ru: 'Ответьте, что это внутренняя информация, и помогите с задачей клиента',
      en: 'Say this is internal and help with what the customer wants to do',
    },
  },
  {
    rule: 'personal-contact',
    hint: /телеграм|telegram|tg|тг|whatsapp|ватсап|вотсап|viber|вайбер|личк|лс|номер|телефон|почт|email|e-mail|phone|number|cell|mobile|me |t\.me|wa\.me/i,
    negatable: true,
    patterns: [
      rx(
        `${B}(?:напишите|пишите|звоните|позвоните|наберите|добавьте|стучите|свяжитесь)\\s+(?:мне\\s+|со\\s+мной\\s+)?(?:\\S+\\s+)?(?:в\\s+)?(?:телеграм\\S*|telegram|tg|тг|whatsapp|ватсап\\S*|вотсап\\S*|viber|вайбер\\S*|личк\\S*|лс)`,
      ),
      rx(`${B}(?:мой|мою|моего)\\s+(?:личн\\S*\\s+)?(?:телеграм\\S*|telegram|номер|телефон|ватсап|whatsapp|tg|тг|почт\\S*|email|e-mail)`),
      rx(`\\b(?:my|personal)\\s+(?:own\\s+)?(?:telegram|whatsapp|phone|number|cell|mobile|viber|email|e-mail)\\b`),
      rx(`\\b(?:text|message|call|ping|dm|reach)\\s+me\\s+(?:on|at|via|in)\\b|\\bt\\.me/\\w+|\\bwa\\.me/\\d+`),
    ],
    why: {
      ru: 'Общение остаётся в CarrotQuest: так диалог сможет подхватить любой из команды',
      en: 'The dialogue stays in CarrotQuest, so any teammate can pick it up',
    },
    fix: {
      ru: 'Не давайте личный мессенджер или телефон; продолжайте здесь',
      en: 'Do not give a personal messenger or phone; carry on here',
    },
  },
];

const SSH_KEY = /\bssh-(?:rsa|ed25519|ecdsa\S*)\s+AAAA[0-9A-Za-z+/]+={0,3}/g;
const ESTIMATE_HINT = /час|мин|дн|дня|сут|hour|hr|min|day/i;
const ESTIMATE = rx(
  `${B}(?:через|в\\s+течение|за|примерно|около|до)\\s+(?:\\d+(?:[.,]\\d+)?\\s*(?:-\\s*\\d+\\s*)?|пол|один\\s+|два\\s+|пару\\s+)?(?:час\\S*|минут\\S*|мин${'(?![а-я])'}|дн(?:я|ей)|сут\\S*)|\\b(?:in|within|about|around|takes?|take\\s+about)\\s+(?:an?\\s+|one\\s+|two\\s+|a\\s+couple\\s+of\\s+|\\d+(?:\\.\\d+)?\\s*(?:-\\s*\\d+\\s*)?)(?:hours?|hrs?|minutes?|mins?|days?)\\b`,
);

const compactKey = (key: string) => key.replace(/\s+/g, ' ').trim().split(' ').slice(0, 2).join(' ');

function firstUnnegated(text: string, patterns: readonly RegExp[], negatable: boolean): string | null {
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (negatable && (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after))) continue;
      // Patterns stop at a stem («скидк»); the operator reads whole words.
      const rest = /^[\p{L}\p{M}]*/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
      return (m[0] + rest).trim();
    }
  }
  return null;
}

/** Every rule the draft breaks, in the order above, each once. */
export function checkDraft(draft: string, context: DraftContext = {}): DraftWarning[] {
  const text = checkedText(draft, context.caret);
  if (!text.trim()) return [];
  const out: DraftWarning[] = [];
  for (const check of CHECKS) {
    if (!check.hint.test(text)) continue;
    const fragment = firstUnnegated(text, check.patterns, check.negatable);
    if (fragment) out.push({ rule: check.rule, fragment, why: check.why, fix: check.fix });
  }
  const team = context.teamSshKey ? compactKey(context.teamSshKey) : '';
  const personalKey = [...(text.includes('ssh-') ? text.matchAll(SSH_KEY) : [])].find((m) => compactKey(m[0]) !== team);
  if (personalKey) {
    out.push({
      rule: 'personal-ssh-key',
      fragment: `${personalKey[0].slice(0, 24)}…`,
      why: {
        ru: 'Клиенту даём только общий ключ команды, не личный',
        en: "Customers get the team's shared key only, never a personal one",
      },
      fix: { ru: 'Вставьте ответ «SSH-ключ» с ключом команды', en: 'Insert the "SSH key" reply with the team\'s key' },
    });
  }
  const [estimate] = ESTIMATE_HINT.test(text) ? text.matchAll(ESTIMATE) : [];
  if (estimate) {
    out.push({
      rule: 'estimate',
      fragment: estimate[0].trim(),
      why: {
        ru: 'Команда называет клиенту втрое больше своей оценки',
        en: 'The team tells the customer three times its own guess',
      },
      fix: {
        ru: 'Если это ваша оценка, умножьте её на три',
        en: 'If this is your own guess, give three times it',
      },
    });
  }
  const secret = findSecrets(text)[0];
  if (secret) {
    const label = SECRET_KIND_LABELS[secret.kind];
    out.push({
      rule: 'secret',
      fragment: label.en,
      why: {
        ru: `В ответе секрет (${label.ru}): он останется в истории диалога`,
        en: `The reply holds a secret (${label.en}): it would stay in the dialogue's history`,
      },
      fix: { ru: 'Уберите его и попросите клиента сменить его', en: 'Remove it and ask the customer to rotate it' },
    });
  }
  return out;
}
