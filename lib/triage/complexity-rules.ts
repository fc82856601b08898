import type { ComplexityLevel } from '../db/schema';

/**
 * The team's own rules for rating a dialogue, written as phrases customers use in Russian and
 * English. Blocking problems are spelled out one by one because missing one costs the most: the
 * customer's paid traffic burns while the dialogue waits in the "simple" pile.
 */

export interface ComplexityRule {
  id: string;
  level: ComplexityLevel;
  weight: number;
  pattern: RegExp;
  reason: { ru: string; en: string };
}

// Russian word start: \b only knows ASCII letters.
const B = '(?<![а-яa-z])';
const W = '(?:\\S+\\s+)'; // any one word and the space after it

const rule = (id: string, level: ComplexityLevel, weight: number, source: string, ru: string, en: string): ComplexityRule => ({
  id,
  level,
  weight,
  pattern: new RegExp(source, 'iu'),
  reason: { ru, en },
});

export const COMPLEXITY_RULES: readonly ComplexityRule[] = [
  // ---- critical: the customer cannot work ----
  rule(
    'tracker-down',
    'critical',
    1.2,
    [
      `${B}(?:трекер|админк|панел|сервер|сайт|дашборд)\\S*\\s+${W}{0,3}?(?:не\\s+(?:открыва|груз|загружа|отвеча|доступ|пинг|работает)|недоступ|лежит|легл|лег(?![а-я])|упал|умер|сдох|не\\s+подает\\s+признак)`,
      `${B}(?:не\\s+(?:открыва|груз|загружа|отвеча)\\S*|недоступ\\S*|лежит|упал\\S*)\\s+${W}{0,2}?(?:трекер|админк|панел|сервер)`,
      `\\b(?:tracker|admin|panel|dashboard|server|site)\\b\\s+(?:\\w+\\s+){0,3}?(?:is\\s+|went\\s+|got\\s+|has\\s+been\\s+)?(?:completely\\s+)?(?:down|unreachable|offline|dead|unavailable|not\\s+(?:loading|responding|opening|reachable|available|working)|won'?t\\s+(?:load|open|start|respond|work)|doesn'?t\\s+(?:load|open|respond|work)|(?:does\\s+not|did\\s+not|didn'?t)\\s+(?:load|open|respond|work))`,
      `\\bcan'?t\\s+(?:open|reach)\\s+(?:the\\s+|our\\s+)?(?:tracker|admin|panel|dashboard)`,
      `${B}бел\\S*\\s+(?:экран|страниц)|\\b(?:white|blank)\\s+(?:white\\s+)?(?:screen|page)\\b`,
    ].join('|'),
    'Трекер или админка недоступны',
    'The tracker or its admin panel is down',
  ),
  rule(
    'http-5xx',
    'critical',
    1.2,
    `(?<!\\d)(?:50[0234]|52[0-4])(?!\\d)|bad\\s+gateway|gateway\\s+time-?\\s?out|internal\\s+server\\s+error|service\\s+(?:temporarily\\s+)?unavailable`,
    'Сервер отвечает ошибкой 5xx',
    'The server answers with a 5xx error',
  ),
  rule(
    'no-redirect',
    'critical',
    1.2,
    [
      `${B}(?:не|перестал\\S*|прекратил\\S*)\\s+${W}?(?:редирект|перенаправл|переадрес)`,
      `${B}редирект\\S*\\s+${W}{0,2}?(?:не\\s+работа|слома|отвал|пропал|не\\s+срабатыва)`,
      `${B}редирект\\S*\\s+(?:в\\s+пустоту|на\\s+(?:пуст|бел|ошибк|404))`,
      `${B}переход\\S*\\s+${W}{0,3}?(?:не\\s+(?:ид|работа|проход|доход)|вис|отвал)`,
      `${B}(?:ссылк|кампани)\\S*\\s+${W}{0,2}?(?:не\\s+работа|отда\\S*\\s+(?:404|ошибк))`,
      `\\b(?:not|stopped|isn'?t|aren'?t|don'?t|doesn'?t|never)\\s+(?:\\w+\\s+)?redirect`,
      `\\bredirect\\w*\\s+(?:\\w+\\s+){0,2}?(?:fail|broke|stopped|not\\s+work|to\\s+nowhere)`,
      `\\b(?:links?|campaigns?|urls?)\\s+(?:\\w+\\s+){0,3}?(?:don'?t|do\\s+not|doesn'?t|does\\s+not|not|stopped|no\\s+longer)\\s+work`,
      `\\b(?:links?|urls?|campaigns?)\\s+(?:\\w+\\s+){0,3}?(?:give|return|show|throw)s?\\s+(?:a\\s+)?(?:404|error)`,
      `\\b(?:hang|hangs|hanging)\\b.*\\b(?:fail|time\\s*out|timeout)`,
    ].join('|'),
    'Кампании не редиректят',
    'Campaigns are not redirecting',
  ),
  rule(
    'traffic-lost',
    'critical',
    1.2,
    [
      `${B}трафик\\S*\\s+${W}{0,2}?(?:пропал|теря|ушел|уход|слива|не\\s+(?:ид|доход|пиш)|в\\s+никуда)`,
      `${B}(?:теря|потеря|потерял)\\S*\\s+${W}?(?:трафик|деньг|клик|бюджет)`,
      `${B}клик\\S*\\s+${W}{0,2}?(?:не\\s+(?:пиш|запис|счита|засчит|доход|регистр)|пропал)`,
      `${B}(?:ноль|нет|0)\\s+кликов|${B}кликов\\s+(?:нет|ноль)|${B}ничего\\s+не\\s+(?:пишет|записыва)|${B}горит\\s+бюджет|${B}бюджет\\s+горит`,
      `\\b(?:losing|lost|lose)\\s+(?:all\\s+)?(?:our\\s+|the\\s+)?(?:traffic|money|clicks|conversions)`,
      `\\btraffic\\s+(?:\\w+\\s+){0,2}?(?:lost|gone|disappear|dropp\\w*\\s+to\\s+zero|going\\s+nowhere|burning)`,
      `\\bclicks?\\s+(?:\\w+\\s+){0,2}?(?:not\\s+(?:being\\s+)?(?:recorded|tracked|counted|registered|written)|stopped|disappear)`,
      `\\b(?:zero|no|0)\\s+clicks\\b|\\bstopped\\s+(?:writing|recording|tracking|counting)|\\b(?:budget|traffic)\\s+is\\s+burning|\\bburning\\s+(?:money|budget)`,
    ].join('|'),
    'Теряется трафик или клики',
    'Traffic or clicks are being lost',
  ),
  rule(
    'cannot-login',
    'critical',
    1.1,
    [
      `${B}не\\s+(?:могу|можем|могут|получается|удается)\\s+${W}?(?:войти|зайти|залогин|авториз|попасть\\s+в)`,
      `${B}не\\s+пуска|${B}(?:войти|зайти)\\s+${W}?невозможно|${B}заблокирован\\S*\\s+в\\s+${W}?(?:трекер|админк|панел)`,
      `${B}(?:логин|пароль)\\s+${W}?не\\s+(?:принима|подход|работа)`,
      `\\b(?:can'?t|cannot|can\\s+not|unable\\s+to)\\s+(?:log\\s*in|login|sign\\s*in|get\\s+into|access)\\b`,
      `\\blocked\\s+out\\b|\\bwon'?t\\s+let\\s+(?:us|me)\\s+in\\b|\\b(?:login|password|credentials)\\s+(?:is\\s+|are\\s+)?(?:rejected|not\\s+accepted|invalid)`,
    ].join('|'),
    'Не могут войти в трекер',
    'The customer cannot log in',
  ),
  rule(
    'license-blocked',
    'critical',
    1.1,
    [
      `${B}лиценз\\S*\\s+${W}{0,2}?(?:заблокир|блокир|недейств|не\\s+действ|слетел|не\\s+актив|отозван|невалид|invalid|blocked)`,
      `${B}(?:ошибк|проблем)\\S*\\s+лиценз|${B}ключ\\S*\\s+${W}?недейств`,
      `\\blicen[cs]e\\s+(?:\\w+\\s+){0,3}?(?:blocked|invalid|suspended|revoked|not\\s+valid|error)`,
      `\\b(?:invalid|blocked|suspended)\\s+licen[cs]e`,
    ].join('|'),
    'Лицензия заблокирована или недействительна',
    'The licence is blocked or invalid',
  ),
  rule(
    'everything-stopped',
    'critical',
    1.2,
    [
      `${B}вс[её]\\s+${W}?(?:встал|стоит|легл|упал|слома|перестал|умерл|отвалил)`,
      `${B}(?:ничего|вообще\\s+ничего)\\s+не\\s+работает|${B}работа\\s+${W}?(?:стоит|встала|останов|парализ)`,
      `${B}все\\s+(?:наши\\s+)?кампании\\s+${W}?(?:стоят|не\\s+работ|легли)`,
      `\\bnothing\\s+works\\b|\\beverything\\s+(?:\\w+\\s+)?(?:is\\s+|went\\s+|has\\s+)?(?:down|broken|stopped|dead|broke)`,
      `\\ball\\s+(?:our\\s+|my\\s+|the\\s+)?campaigns\\s+(?:are\\s+)?(?:down|stopped|broken|not\\s+working|dead)`,
      `\\b(?:tracking|work)\\s+(?:has\\s+)?(?:halted|stopped)|\\bwhole\\s+team\\s+can'?t|\\bcan'?t\\s+work\\b`,
    ].join('|'),
    'Всё остановилось',
    'Everything has stopped',
  ),
  rule(
    'storage-down',
    'critical',
    1.1,
    [
      `${B}(?:clickhouse|кликхаус|mysql|мускул|база|бд|database|redis)\\S*\\s+${W}{0,2}?(?:не\\s+(?:запуска|стартует|подключа|поднима)|упал|слетел|сломал|поврежд)`,
      `${B}ошибк\\S*\\s+(?:подключени\\S*\\s+)?(?:к\\s+)?баз|database\\s+(?:connection\\s+)?(?:error|failed|failure)`,
      `\\b(?:clickhouse|mysql|database|db|redis)\\s+(?:\\w+\\s+){0,2}?(?:crash\\w*|won'?t\\s+start|is\\s+down|went\\s+down|corrupt\\w*|failed)`,
      `no\\s+space\\s+left|${B}(?:диск|место)\\S*\\s+${W}?(?:закончил|заполн|переполн|кончил)|\\bdisk\\s+(?:is\\s+)?full`,
    ].join('|'),
    'Не работает база данных или диск',
    'The database or the disk has failed',
  ),
  rule(
    'all-certificates',
    'critical',
    0.9,
    `${B}(?:сертификат|ssl)\\S*\\s+${W}{0,4}?(?:истек|просроч)\\S*\\s+${W}{0,2}?(?:на\\s+)?все|${B}(?:на\\s+)?всех\\s+домен\\S*\\s+${W}{0,3}?(?:сертификат|ssl)|\\b(?:certificates?|ssl)\\s+(?:\\w+\\s+){0,2}?expired\\s+on\\s+all`,
    'Сертификаты истекли на всех доменах',
    'Certificates expired on every domain',
  ),
  rule(
    'no-conversions',
    'critical',
    1.0,
    `${B}(?:постбек|постбэк|конверси)\\S*\\s+${W}?(?:перестал\\S*|совсем)\\s+${W}?(?:приход|не\\s+приход|доход)|${B}ни\\s+одной\\s+конверси|\\bpostbacks?\\s+(?:\\w+\\s+)?stopped\\s+(?:completely|entirely|arriving|coming)|\\bno\\s+conversions\\s+at\\s+all`,
    'Конверсии перестали приходить совсем',
    'Conversions stopped arriving altogether',
  ),
  rule(
    'urgent',
    'critical',
    0.5,
    `${B}(?:срочно|горит|льется|льётся|платный\\s+трафик|идет\\s+трафик|трафик\\s+идет|теряем)|\\b(?:urgent|urgently|asap|right\\s+now|paid\\s+traffic|live\\s+campaigns|ads\\s+are\\s+live|traffic\\s+keeps)\\b`,
    'Клиент пишет, что это срочно',
    'The customer says it is urgent',
  ),

  // ---- proposal: a feature request ----
  rule(
    'feature-request',
    'proposal',
    1.3,
    [
      `${B}было\\s+бы\\s+(?:очень\\s+)?(?:здорово|круто|удобно|неплохо|классно|хорошо|полезно|отлично|супер|замечательно|прикольно|логично)`,
      `${B}(?:добавьте|сделайте|реализуйте|внедрите)\\b|${B}(?:добавьте|сделайте|реализуйте)`,
      `${B}(?:предлага\\S*|предложени\\S*|пожелани\\S*|хотелось\\s+бы|хорошо\\s+бы|не\\s+хватает|есть\\s+идея|идея\\s*:|фичреквест|фича)`,
      `${B}(?:планируете\\s+ли|в\\s+планах|в\\s+следующ\\S*\\s+(?:верси|релиз|обновлени))`,
      `\\b(?:would|it'?d)\\s+be\\s+(?:really\\s+|very\\s+|so\\s+)?(?:great|nice|awesome|cool|useful|helpful|good|handy)\\b`,
      `\\bfeature\\s+request|\\bplease\\s+(?:add|consider|build|implement|make)\\b|\\b(?:could|can)\\s+you\\s+(?:add|implement|build)\\s+(?:support|a\\s+feature|an?\\s+option|the\\s+ability)`,
      `\\bi\\s+(?:suggest|propose)|\\bsuggestion\\b|\\bidea\\b|\\bwould\\s+love\\b|\\bany\\s+plans\\b|\\broadmap\\b|\\bis\\s+missing\\b|\\bi\\s+wish\\b|\\bi'?d\\s+like\\s+to\\s+have\\b|\\bnext\\s+release\\b|\\bwould\\s+be\\s+awesome\\b`,
    ].join('|'),
    'Клиент предлагает новую возможность',
    'The customer suggests a feature',
  ),

  // ---- complex: needs investigation ----
  rule(
    'malfunction',
    'complex',
    0.8,
    [
      `${B}не\\s+(?:работа|срабатыва|приход|доход|совпада|сход|подтягива|переда|примен|отобража|засчитыва|устанавлива|считает|определя|обновля)`,
      `${B}(?:ошибк|баг|глюк|сбой|неправильн|неверн|некорректн|странн|расход|разниц|дублир|дубл|неравномерн|не\\s+туда|сдвину|смещ|пропуска)`,
      `\\b(?:error|fails?|failed|failing|bug|glitch|wrong|incorrect|discrepanc\\w*|mismatch|duplicat\\w*|off\\s+by|odd|weird|strange|broken|uneven|not\\s+even|shifted|lets\\s+through)\\b`,
      `\\b(?:don'?t|doesn'?t|does\\s+not|do\\s+not|isn'?t|aren'?t|not)\\s+(?:seem\\s+to\\s+)?(?:work|match|agree|arriv|pass|count|fire|apply|coming|reach|load|sync)`,
    ].join('|'),
    'Что-то работает не так, нужно разбираться',
    'Something misbehaves and needs investigation',
  ),
  rule(
    'performance',
    'complex',
    0.8,
    `${B}(?:медленн|тормоз|долго|подвиса|нагрузк|задержк|таймаут)|\\b(?:slow|slowly|forever|for\\s+ages|times?\\s+out|timeouts?|latency|delay|cpu|load\\s+(?:is|on))\\b`,
    'Медленная работа или нагрузка',
    'Slowness or server load',
  ),
  rule(
    'project-work',
    'complex',
    0.8,
    `${B}(?:перенес|перенос|переезд|миграц|мигрир|интеграц|импорт|настро\\S*\\s+${W}?(?:s2s|постбек|постбэк|интеграц)|помо(?:чь|жете|гите)\\s+(?:с|разобраться)|разобраться)|\\b(?:migrat\\w*|move\\s+(?:the\\s+)?tracker|moving\\s+from|integration|import\\w*|figure\\s+out|help\\s+with|need\\s+a\\s+hand)\\b`,
    'Нужна работа с инфраструктурой или интеграцией',
    'Infrastructure or integration work',
  ),
  rule(
    'tracking-data',
    'complex',
    0.35,
    `${B}(?:постбек|постбэк|конверси|статистик|отчет|гео|уник|cost|расход|субайди|subid|epc|эпк|крон|cron|api|апи|сертификат|ssl)|\\b(?:postbacks?|conversions?|stats|reports?|geo|uniques?|cost|spend|sub\\s*id|epc|cron|api|certificates?|ssl)\\b`,
    'Вопрос о данных трекинга',
    'A question about tracking data',
  ),

  // ---- simple: answer right away ----
  rule(
    'how-to',
    'simple',
    0.5,
    [
      `(?:^|[.!?,:]\\s*|\\n)(?:а\\s+)?(?:подскажите,?\\s+(?:пожалуйста,?\\s+)?)?(?:как|где|можно\\s+ли|есть\\s+ли|сколько|какой|какие|каким|чем|поддерживает\\s+ли|вы\\s+принимаете)(?![а-яa-z])`,
      `\\bhow\\s+(?:do|can|to|much|many|should)\\b|\\bwhere(?:'s|\\s+(?:can|do|is|are|should))\\b|\\bwhat(?:'?s|\\s+is|\\s+are)\\s+the\\b|\\bis\\s+it\\s+possible\\b|\\bcan\\s+i\\b|\\bdo\\s+you\\s+(?:have|take|accept|support)\\b|\\bdoes\\s+(?:the|it)\\s+\\w+\\s+support|\\bis\\s+there\\s+a\\s+(?:guide|way|doc)`,
    ].join('|'),
    'Вопрос «как сделать» — можно ответить сразу',
    'A how-to question — can be answered now',
  ),
  rule(
    'billing',
    'simple',
    0.6,
    `${B}(?:сч[её]т\\s+на\\s+оплату|оплат|тариф|стоимост\\S*\\s+(?:лицензи|продлени|тариф)|сколько\\s+стоит|продл|реквизит|криптой|картой)|\\b(?:invoice|pay|payment|payments|price|pricing|plan|plans|renew\\w*|extend\\s+my\\s+licen[cs]e|crypto|paypal)\\b`,
    'Вопрос об оплате или тарифе',
    'A billing or plan question',
  ),
  rule(
    'thanks',
    'simple',
    1.0,
    `${B}(?:спасибо|благодар|вопрос\\s+снят|заработал|понял|понятно)|\\b(?:thanks|thank\\s+you|cheers|got\\s+it|all\\s+sorted|works\\s+now)\\b`,
    'Благодарность или подтверждение',
    'Thanks or a confirmation',
  ),
];

/** Rules whose phrases appear in the (already lower-cased, ё → е) text. */
export function matchRules(normalized: string): ComplexityRule[] {
  return COMPLEXITY_RULES.filter((r) => r.pattern.test(normalized));
}
