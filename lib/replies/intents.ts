/**
 * What a single customer message asks for, in Russian or English, as the team's rules care about it:
 * money back, compensation, an operator's SSH key, the product's internals, moving the talk to a
 * personal messenger or phone, and an angry tone.
 * Each detector returns the matched fragment (for the reason the operator reads) or null.
 */

export type Intent = 'refund' | 'compensation' | 'ssh-key' | 'internals' | 'off-platform';

export interface IntentMatch {
  intent: Intent;
  /** The customer's words that matched, as written. */
  fragment: string;
}

/** Lower case, ё as е: the patterns below are written once for both spellings. */
export function normalizeForIntents(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

/** The original words behind a match in the normalised text (lower-casing rarely changes length). */
function fragmentAt(text: string, norm: string, index: number, length: number): string {
  const source = text.length === norm.length ? text : norm;
  // Patterns stop at a stem («деньг»); the operator reads whole words.
  const rest = /^[\p{L}\p{M}]*/u.exec(source.slice(index + length))![0];
  return source.slice(index, index + length + rest.length).trim();
}

// Russian word boundaries: \b only knows ASCII letters.
const B = '(?<![а-яa-z])';
const E = '(?![а-яa-z])';

const rx = (source: string) => new RegExp(source, 'iu');

const INTENT_PATTERNS: Record<Intent, RegExp[]> = {
  refund: [
    rx(`${B}верн(?:и|ите|уть|ете|ешь|ут|ули)${E}(?:\\s+\\S+){0,3}?\\s+(?:деньг|средств|оплат|платеж|бабки|бабк)`),
    rx(`${B}возврат(?:а|ом|е)?\\s+(?:\\S+\\s+)?(?:денег|деньг|средств|оплаты|платежа|денежных|за\\s+лицензию)`),
    rx(`${B}(?:хочу|требую|прошу|оформ\\S*|сделайте|сделать|запрос\\S*\\s+на|на)\\s+возврат`),
    rx(`${B}деньги\\s+(?:назад|обратно)`),
    rx(`${B}(?:чарджбек|чарджбэк|чарджбэк\\S*|chargeback\\S*|charge\\s?back)`),
    rx(`${B}(?:оспор\\S*|отзов\\S*)\\s+(?:\\S+\\s+)?(?:платеж|транзакци|оплат)`),
    rx(`\\brefund\\w*`),
    rx(`\\bmoney\\s+back\\b`),
    rx(`\\breimburse\\w*`),
    rx(`\\b(?:return|give\\s+back)\\s+(?:me\\s+)?(?:my|the|our)\\s+(?:money|payment)\\b`),
    rx(`\\bdispute\\s+(?:the|this|my)\\s+(?:charge|payment|transaction)\\b`),
  ],
  compensation: [
    rx(`${B}компенс\\S*`),
    rx(`${B}скидк\\S*`),
    rx(
      `${B}(?:дополнительн\\S*|бесплатн\\S*|лишн\\S*|бонусн\\S*|пару|несколько)\\s+(?:\\S+\\s+)?(?:дн(?:ей|я|и)|недел\\S*|месяц\\S*)\\s+(?:к\\s+)?(?:лицензи|подписк)`,
    ),
    rx(
      `${B}(?:продл\\S*|добав\\S*|накин\\S*|начисл\\S*)\\s+(?:\\S+\\s+){0,2}?(?:дн(?:ей|я|и)|недел\\S*|месяц\\S*|лицензи\\S*)\\s+(?:\\S+\\s+)?(?:бесплатно|в\\s+качестве|за\\s+(?:простой|неудобств|сбой|время))`,
    ),
    rx(`${B}(?:возмест\\S*|возмещ\\S*)\\s+(?:\\S+\\s+)?(?:ущерб|убытк|потер)`),
    rx(`${B}промокод\\S*`),
    rx(`\\bcompensat\\w*`),
    rx(`\\bdiscount\\w*`),
    rx(`\\b(?:promo|coupon|voucher)\\s*codes?\\b|\\bcoupons?\\b`),
    rx(`\\b(?:extra|free|additional|bonus)\\s+(?:\\w+\\s+)?(?:days?|weeks?|months?)\\b`),
    rx(
      `\\bextend\\w*\\s+(?:my\\s+|the\\s+|our\\s+)?(?:licen[cs]e|subscription)\\s+(?:for\\s+free|as\\s+(?:a\\s+)?compensation|for\\s+the\\s+(?:downtime|trouble|outage))`,
    ),
    rx(`\\b(?:credit|make\\s+up)\\s+(?:us\\s+|me\\s+)?for\\s+(?:the\\s+)?(?:downtime|outage|trouble|losses|lost)`),
    rx(`\\bcover\\s+(?:my|our|the)\\s+loss(?:es)?\\b`),
  ],
  'ssh-key': [
    rx(`${B}(?:ваш|ваши|твой)\\s+(?:(?:публичн|открыт)\\S*\\s+)?(?:(?:ssh|ссш)[\\s-]*)?ключ\\S*`),
    rx(
      `${B}(?:пришл\\S*|скин\\S*|дайте|дай|отправ\\S*|предостав\\S*|вышл\\S*|нуж\\S*|какой)\\s+(?:мне\\s+|нам\\s+)?(?:\\S+\\s+)?(?:публичн\\S*|открыт\\S*|ssh|ссш)[\\s-]*(?:ssh[\\s-]*)?ключ`,
    ),
    rx(`${B}ключ\\S*\\s+(?:для|от)\\s+(?:вас|вашего|вашей|ваших|поддержки|саппорта|техподдержки)`),
    rx(`${B}(?:какой|чей)\\s+ключ\\s+(?:добав|прописа|поставить|положить)`),
    rx(`\\byour\\s+(?:own\\s+)?(?:public\\s+|ssh\\s+|public\\s+ssh\\s+|rsa\\s+)+keys?\\b`),
    rx(`\\b(?:send|give|share|provide|paste)\\s+(?:me|us)?\\s*(?:your|the|a|an)\\s+(?:public\\s+|ssh\\s+|rsa\\s+)+keys?\\b`),
    rx(`\\b(?:which|what)\\s+(?:public\\s+|ssh\\s+)*key\\s+(?:should|do|shall|must)\\s+(?:i|we)\\s+(?:add|use|put|install)`),
    rx(`\\bkey\\s+(?:for|of)\\s+(?:you|your\\s+(?:team|support|engineer))\\b`),
    rx(`\\bid_(?:rsa|ed25519)\\.pub\\b.*\\b(?:your|yours)\\b|\\byour\\b.*\\bid_(?:rsa|ed25519)\\.pub\\b`),
  ],
  internals: [
    rx(`${B}исходн\\S*\\s+(?:код|текст)\\S*`),
    rx(`${B}(?:исходник\\S*|сорс\\S*|сорц\\S*)`),
    rx(`${B}(?:схем\\S*|структур\\S*)\\s+(?:\\S+\\s+)?(?:баз\\S*|бд|таблиц\\S*|данных)`),
    rx(`${B}(?:какой|каким|какие|по\\s+какому|что\\s+за)\\s+(?:\\S+\\s+)?алгоритм\\S*`),
    rx(
      `${B}алгоритм\\S*\\s+(?:работы|распределени\\S*|ротаци\\S*|подсчет\\S*|определени\\S*|антифрод\\S*|фильтр\\S*|детект\\S*|выбора|расчет\\S*)`,
    ),
    rx(
      `${B}(?:как|каким\\s+образом)\\s+(?:\\S+\\s+){0,3}?(?:устроен\\S*|работает|реализован\\S*|считает|определяет|фильтрует|хранит)\\s+(?:\\S+\\s+)?(?:внутри|изнутри|под\\s+капотом|на\\s+уровне\\s+кода)`,
    ),
    rx(`${B}(?:внутренн\\S*\\s+(?:устройств|логик|механизм|архитектур|api|апи|алгоритм|таблиц)\\S*|под\\s+капотом)`),
    rx(`${B}(?:какие|какая)\\s+таблиц\\S*\\s+(?:\\S+\\s+)?(?:clickhouse|кликхаус\\S*|mysql|баз\\S*)`),
    rx(`\\bsource\\s*code\\b|\\bsources\\s+of\\s+(?:the\\s+)?(?:tracker|product)\\b`),
    rx(
      `\\b(?:database|db|table|tables)\\s+(?:schema|structure|layout)s?\\b|\\bschema\\s+of\\s+(?:the\\s+|your\\s+)?(?:database|db|tables)\\b`,
    ),
    rx(`\\b(?:what|which)\\s+(?:\\w+\\s+)?algorithms?\\b|\\balgorithms?\\s+(?:behind|for|of|used|you\\s+use)\\b`),
    rx(
      `\\bhow\\s+(?:exactly\\s+)?(?:does|do|is)\\s+(?:\\w+\\s+){0,4}?(?:work|built|implemented|calculated|stored)\\s+(?:internally|inside|under\\s+the\\s+hood|on\\s+the\\s+inside)\\b`,
    ),
    rx(`\\bunder\\s+the\\s+hood\\b|\\binternals\\b|\\binternal\\s+(?:logic|architecture|api|structure|workings|mechanics|tables)\\b`),
    rx(
      `\\bhow\\s+(?:exactly\\s+)?do\\s+you\\s+(?:detect|calculate|determine|filter|identify|count)\\s+(?:bots|fraud|uniques|unique\\s+visitors)\\b`,
    ),
  ],
  'off-platform': [
    rx(
      `${B}(?:давайте|можно|могу|пишите|напишите|перейдем|перейти|продолжим|продолжить|свяжемся|связаться|добавьте|добавлю|скиньте|спишемся|пообщаемся|обсудим)\\s+(?:\\S+\\s+){0,3}?(?:в|во|на|по|через)\\s+(?:телеграм\\S*|телегу|телеге|telegram|тг|tg|ватсап\\S*|вотсап\\S*|whatsapp|viber|вайбер\\S*|скайп\\S*|skype|личк\\S*|личн\\S*\\s+почт\\S*|телефон\\S*)`,
    ),
    rx(
      `${B}(?:ваш|ваше|свой|дайте|скиньте|оставьте|пришлите)\\s+(?:\\S+\\s+)?(?:номер|телефон|телеграм\\S*|ватсап|whatsapp|личн\\S*\\s+(?:почт|email|номер|телефон))`,
    ),
    rx(`${B}(?:позвоните|наберите)\\s+(?:мне|нам)|${B}созвонимся|${B}(?:по\\s+телефону|в\\s+телеграме?)\\s+(?:быстрее|удобнее|проще)`),
    rx(
      `\\b(?:can|could|shall)\\s+we\\s+(?:\\w+\\s+){0,3}?(?:move|continue|talk|chat|switch|take\\s+this)\\s+(?:\\w+\\s+){0,2}?(?:to|on|in|via|over)\\s+(?:telegram|whatsapp|viber|skype|the\\s+phone|phone|email)\\b`,
    ),
    rx(`\\blet'?s\\s+(?:\\w+\\s+){0,2}?(?:on|in|via|over|to)\\s+(?:telegram|whatsapp|viber|skype|the\\s+phone)\\b`),
    rx(
      `\\b(?:your|a)\\s+(?:personal\\s+|direct\\s+)?(?:phone(?:\\s+number)?|telegram|whatsapp|viber|cell)\\b|\\b(?:call|ring)\\s+me\\b|\\bgive\\s+me\\s+a\\s+call\\b`,
    ),
    rx(
      `\\b(?:telegram|whatsapp|viber)\\s+(?:is|would\\s+be)\\s+(?:easier|faster|better|quicker)\\b|\\b(?:message|text|dm|ping)\\s+me\\s+(?:on|in|via)\\s+(?:telegram|whatsapp|viber)\\b`,
    ),
  ],
};

const NEGATED_REQUEST =
  /(?:(?<![а-яa-z])не\s+(?:нужен|нужна|нужно|нужны|надо|прошу|хочу|требую|планирую)|\b(?:don'?t|do\s+not|not|never)\s+(?:want|need|asking\s+for|looking\s+for|interested\s+in)|\bno\s+need\s+(?:for|of))\s+(?:(?:a|an|the|any|никакой|никаких|ваш\S*|your)\s+)?$/iu;

/** Every intent the message shows, with the first fragment that showed it. */
export function detectIntents(text: string): IntentMatch[] {
  const norm = normalizeForIntents(text);
  const found: IntentMatch[] = [];
  for (const [intent, patterns] of Object.entries(INTENT_PATTERNS) as [Intent, RegExp[]][]) {
    for (const re of patterns) {
      const m = re.exec(norm);
      if (!m) continue;
      // "I don't need a refund, just fix it" is not a refund request.
      if (NEGATED_REQUEST.test(norm.slice(Math.max(0, m.index - 40), m.index))) continue;
      found.push({ intent, fragment: fragmentAt(text, norm, m.index, m[0].length) });
      break;
    }
  }
  return found;
}

/** How angry a message reads, 0 (calm) upwards; 1 or more is worth calming. */
export interface Anger {
  score: number;
  /** The words or signs that made it angry. */
  signs: string[];
  /** Threats (lawyers, public reviews, chargebacks): past what one operator should carry alone. */
  threat: boolean;
}

const ANGRY_WORDS = rx(
  [
    `${B}(?:безобрази\\S*|ужасн\\S*|кошмар\\S*|отвратительн\\S*|позор\\S*|издевательств\\S*|обман\\S*|мошенн\\S*|развод\\S*|кидал\\S*|кидает\\S*|кидаете|идиот\\S*|дебил\\S*|тупые|тупая|тупой|бесит|бесите|достали|надоел\\S*|хамств\\S*|хамите|бардак\\S*|бред|отстой\\S*|г[ао]вн\\S*|херн\\S*|хрен\\S*|пипец|капец|задолбал\\S*|охренел\\S*|офигел\\S*|невменяем\\S*|некомпетентн\\S*|халтур\\S*|возмутительн\\S*|безответственн\\S*|наплевательск\\S*|шарашк\\S*)`,
    `${B}(?:сколько\\s+(?:можно|(?:еще|мне|нам)\\s+ждать)|невозможно\\s+работать|худш\\S*\\s+(?:поддержк|сервис|продукт|трекер)\\S*|хуже\\s+(?:некуда|не\\s+бывает)|какого\\s+(?:черта|хрена|лешего))`,
    `${B}(?:бля\\S*|сука|суки|нахуй|нахрен|хуй\\S*|хуе\\S*|пизд\\S*|ебан\\S*|ебат\\S*|заеб\\S*|уеб\\S*)`,
    `\\b(?:unacceptable|ridiculous|disgusting|terrible|horrible|awful|pathetic|useless|worst|scam\\w*|fraud\\w*|rip-?off|incompetent|outrageous|shameful|garbage|rubbish|trash|joke|idiots?|stupid|morons?|clowns?|wtf|fuck\\w*|shit\\w*|crap\\w*|damn)\\b`,
    `\\b(?:shame\\s+on\\s+you|are\\s+you\\s+(?:kidding|serious|joking)|fed\\s+up|sick\\s+(?:and\\s+tired\\s+)?of|how\\s+many\\s+times|waste\\s+of\\s+(?:money|time)|never\\s+again|what\\s+the\\s+(?:hell|heck))\\b`,
  ].join('|'),
);

const THREAT = rx(
  `${B}(?:суд\\S*|юрист\\S*|адвокат\\S*|претензи\\S*|роспотребнадзор\\S*|напишу\\s+(?:\\S+\\s+)?отзыв\\S*|отзыв\\S*\\s+(?:везде|на\\s+всех|на\\s+форум\\S*)|чарджбе?к\\S*|чарджбэк\\S*)|\\b(?:lawyers?|attorney|sue|court|legal\\s+action|chargeback|trustpilot|bad\\s+review|public\\s+review|review\\s+everywhere|tell\\s+everyone|forums?\\s+post)\\b`,
);

export function detectAnger(text: string): Anger {
  const signs: string[] = [];
  let score = 0;
  const letters = text.match(/[\p{L}]/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  const capsWords = (text.match(/(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu) ?? []).filter(
    (w) =>
      !/^(?:SSL|DNS|API|URL|PHP|SSH|VPS|CPU|RAM|HTTP|HTTPS|ID|IP|CPA|CPC|CPM|ROI|FTP|SQL|CDN|TDS|KPI|GEO|UTC|MSK|OK|WP|ASAP|VPN|JSON|CSV|PDF|TLS|CNAME|NS|DDOS|CRM|FB|TT|US|UK|EU|RU|USA)$/.test(
        w,
      ),
  );
  if (letters.length >= 12 && upper / letters.length >= 0.6 && capsWords.length >= 2) {
    score += 1;
    signs.push('CAPS');
  }
  const bangs: string[] = text.match(/[!?]*!{2,}[!?]*|\?!|!\?/g) ?? [];
  const firstBang = bangs[0];
  if (firstBang !== undefined) {
    score += Math.min(1, 0.5 * bangs.length);
    signs.push(firstBang);
  }
  const norm = normalizeForIntents(text);
  const words = new Set<string>();
  const angry = new RegExp(ANGRY_WORDS.source, 'giu');
  for (const m of norm.matchAll(angry)) words.add(fragmentAt(text, norm, m.index, m[0].length));
  if (words.size) {
    score += Math.min(2, words.size);
    signs.push(...words);
  }
  const threat = THREAT.exec(norm);
  if (threat) {
    score += 1;
    signs.push(fragmentAt(text, norm, threat.index, threat[0].length));
  }
  return { score, signs, threat: !!threat };
}
