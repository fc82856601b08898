import type { ComplexityLevel } from '../db/schema';

/**
 * The team's own rules for rating a dialogue, written as phrases customers use in Russian and
 * English. Blocking problems are spelled out one by one because missing one costs the most: the
 * customer's paid traffic burns while the dialogue waits in the "simple" pile.
 */

/**
 * `level` rules vote for their level. `impact` rules (all critical) say how much is at stake (scope,
 * money, a deadline, repeats) and count only when some problem is described too: "all campaigns"
 * in a question about renaming them is not an incident. `settled` rules say the incident is over
 * ("recovered by itself", "сейчас всё ок") and take critical's vote back. `calm` rules (simple) say
 * nothing is broken or the matter is money, not an outage ("all works, just a question", "refund me"):
 * they vote for simple and take critical's vote back. `quiet` rules ("not urgent", "everything else works")
 * take critical's vote back the way calm ones do, but vote for no level: a calm tone is not an answer.
 */
export type RuleRole = 'level' | 'impact' | 'settled' | 'calm' | 'quiet';

export interface ComplexityRule {
  id: string;
  level: ComplexityLevel;
  role: RuleRole;
  weight: number;
  pattern: RegExp;
  reason: { ru: string; en: string };
}

// Russian word start: \b only knows ASCII letters.
const B = '(?<![а-яa-z])';
const W = '(?:\\S+\\s+)'; // any one word and the space after it

// Not preceded by a negation: "не срочно", "not urgent", "no rush" are calm, not urgent.
const NOT_NEGATED = '(?<!(?:не|not|no|нет|ничего)\\s+(?:\\S+\\s+)?)';

const rule = (
  id: string,
  level: ComplexityLevel,
  weight: number,
  source: string,
  ru: string,
  en: string,
  role: RuleRole = 'level',
): ComplexityRule => ({
  id,
  level,
  role,
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
      `\\b(?:tracker|admin|panel|dashboard|server|site)\\b\\s+(?:\\w+\\s+){0,3}?(?:is\\s+|went\\s+|got\\s+|has\\s+been\\s+)?(?:completely\\s+)?(?:down|unreachable|offline|dead|died|crashed|unavailable|not\\s+(?:loading|responding|opening|reachable|available|working)|won'?t\\s+(?:load|open|start|respond|work)|doesn'?t\\s+(?:load|open|respond|work)|(?:does\\s+not|did\\s+not|didn'?t)\\s+(?:load|open|respond|work))`,
      `\\bcan'?t\\s+(?:open|reach)\\s+(?:the\\s+|our\\s+)?(?:tracker|admin|panel|dashboard)`,
      `${B}бел\\S*\\s+(?:экран|страниц)|\\b(?:white|blank)\\s+(?:white\\s+)?(?:screen|page)\\b`,
      `${B}(?:трекер|админк|панел|сервер|сайт|домен)\\S*\\s+${W}{0,2}?перестал\\S*\\s+(?:открыва|работа|грузи|отвеча)`,
      `can'?t\\s+be\\s+reached|connection\\s+refused|err_connection\\w*|dns_probe\\w*|too\\s+many\\s+(?:connections|redirects)|redirect\\s+loop|${B}(?:бесконечн|циклическ)\\S*\\s+редирект`,
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
      `\\b(?:links?|urls?)\\s+(?:\\w+\\s+)?(?:404|500|502|503)\\b`,
      `\\b(?:links?|urls?)\\s+(?:\\w+\\s+){0,2}?(?:renders?|shows?|displays?)\\s+(?:the\\s+same\\s+|an?\\s+|this\\s+|that\\s+)?(?:message|error)\\s+to\\s+(?:visitors|users|everyone)|\\b(?:visitors?|users?)\\s+(?:\\w+\\s+){0,4}?(?:hits?|gets?|sees?)\\s+(?:a\\s+)?(?:404|500|502|503)\\b`,
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
      `${B}трафик\\S*\\s+${W}{0,4}?(?:пропал|теря|ушел|уход|слива|не\\s+(?:ид|доход|пиш)|в\\s+никуда)`,
      `${B}(?:теря|потеря|потерял)\\S*\\s+${W}?(?:трафик|деньг|клик|бюджет)|${B}потерял\\S*\\s+(?:около\\s+|примерно\\s+|уже\\s+|порядка\\s+)?\\d|\\blost\\s+(?:about\\s+|around\\s+|over\\s+|almost\\s+)?[$€£]\\s?\\d`,
      `${B}клик\\S*\\s+${W}{0,2}?(?:не\\s+(?:пиш|запис|счита|засчит|доход|регистр)|пропал)`,
      `${B}(?<!\\d\\s?)(?:ноль|нет|0)\\s+кликов|${B}кликов\\s+${W}{0,3}?(?:нет|ноль)|${B}ничего\\s+не\\s+(?:пишет|записыва)|${B}горит\\s+бюджет|${B}бюджет\\s+горит`,
      `\\b(?:losing|lost|lose)\\s+(?:\\w+\\s+){0,4}?(?:traffic|money|clicks|conversions|revenue|leads)\\b`,
      `\\btraffic\\s+(?:\\w+\\s+){0,2}?(?:lost|gone|disappear|dropp\\w*\\s+to\\s+zero|going\\s+nowhere|burning)`,
      `\\bclicks?\\s+(?:\\w+\\s+){0,2}?(?:not\\s+(?:being\\s+)?(?:recorded|tracked|counted|registered|written)|stopped|disappear)`,
      `\\bnothing\\s+(?:has\\s+been\\s+|is\\s+being\\s+|is\\s+|gets\\s+|was\\s+)?(?:recorded|tracked|counted|logged|stored|saved|written|coming\\s+in)|\\bnot\\s+(?:saving|storing|recording|writing)\\s+anything|${B}ничего\\s+не\\s+(?:сохраня|сохранил|записал)|${B}обнул\\S*|\\ball\\s+zeros?\\b|\\b(?:tracker|it)\\s+shows\\s+(?:0|zero|nothing)\\b|\\b(?:fell|dropped|went\\s+down)\\s+from\\s+\\S+\\s+to\\s+(?:\\d{1,2}(?![\\d%.,])|zero)|\\bto\\s+zero\\b|${B}(?:до|по)\\s+нул|${B}нули\\b|${B}(?:трекер|у\\s+нас)\\s+(?:показывает\\s+)?(?:0|ноль)(?![\\d.,])`,
      `${B}не\\s+(?:записал|засчитал|пришл|прошл)\\S*\\s+ни\\s+одного\\s+(?:клик|переход|визит|конверси)|\\b(?:all|100\\s*%)\\s+(?:of\\s+)?(?:our\\s+|the\\s+)?(?:traffic|visitors|clicks)\\s+(?:\\w+\\s+){0,3}?to\\s+(?:the\\s+)?(?:safe|white|bot|wrong)|${B}(?:весь|100\\s*%)\\s+(?:\\S+\\s+)?трафик\\S*\\s+${W}{0,2}?(?:уходит|идет|льется|попадает)\\s+на\\s+(?:white|вайт|безопасн|заглушк|не\\s+те)`,
      `\\b(?:cant|cannot|unable\\s+to)\\s+(?:write|record|track|save|count)\\s+(?:any\\s+)?(?:clicks|data|conversions|visits)|\\b(?:zero|no|0)\\s+clicks\\b|\\bstopped\\s+(?:writing|recording|tracking|counting)|\\b(?:budget|traffic)\\s+is\\s+burning|\\bburning\\s+(?:money|budget)`,
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
      `\\b(?:can'?t|cannot|can\\s+not|unable\\s+to)\\s+(?:log\\s*in|log\\s*into|login|sign\\s*in|get\\s+into|access)\\b`,
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
      `\\bnothing\\s+works\\b|\\beverything\\s+(?:\\w+\\s+){0,2}?(?:is\\s+|went\\s+|has\\s+)?(?:down|broken|stopped|dead|broke)`,
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
    `${B}(?:сертификат|ssl)\\S*\\s+${W}{0,4}?(?:истек|просроч)\\S*\\s+${W}{0,2}?(?:на\\s+)?все|${B}(?:на\\s+)?всех\\s+домен\\S*\\s+${W}{0,3}?(?:сертификат|ssl)|\\b(?:certificates?|ssl)\\s+(?:\\w+\\s+){0,2}?expired\\s+on\\s+all|^(?=[\\s\\S]*(?:ssl|сертификат|certificat|cert_))[\\s\\S]*(?:${B}(?:по|на)\\s+все[мх]?\\s+(?:\\d+\\s+)?домен|\\bnot\\s+one\\s+domain|\\ball\\s+(?:\\d+\\s+)?(?:of\\s+them|of\\s+our\\s+domains|our\\s+domains|domains)\\b)`,
    'Сертификаты истекли на всех доменах',
    'Certificates expired on every domain',
  ),
  rule(
    'no-conversions',
    'critical',
    1.0,
    `${B}(?:постбек|постбэк|конверси)\\S*\\s+${W}?(?:перестал\\S*|совсем)\\s+${W}?(?:приход|не\\s+приход|доход)|${B}ни\\s+одной\\s+конверси|\\bpostbacks?\\s+(?:\\w+\\s+)?stopped\\s+(?:completely|entirely|arriving|coming)|\\bno\\s+conversions\\s+at\\s+all|\\bconversions\\s+never\\s+(?:appear|arrive|show\\s+up)|\\bpostbacks?\\s+from\\s+all\\s+(?:\\w+\\s+)?(?:networks|sources|partners)|${B}(?:постбек|постбэк)\\S*\\s+${W}{0,4}?не\\s+(?:уход|отправля|приход|доход)\\S*\\s+${W}{0,1}?с\\s+(?:ночи|утра|вчера|обеда|\\d)`,
    'Конверсии перестали приходить совсем',
    'Conversions stopped arriving altogether',
  ),

  rule(
    'data-loss',
    'critical',
    1.1,
    [
      `${B}(?:потерял|потеря|пропал|исчезл|удалил|слетел)\\S*\\s+${W}{0,2}?(?:таблиц|данны|все\\s+кампани|кампани|статистик)`,
      `${B}(?:данные|статистика|кампании|таблиц\\S*)\\s+${W}{0,4}?(?:пропал|исчезл|удален|потерян|слетел)`,
      `\\b(?:lost|wiped|deleted|gone|missing)\\s+(?:all\\s+)?(?:the\\s+|our\\s+)?(?:data|table|tables|campaigns|stats|statistics)\\b`,
      `\\b(?:data|tables?|campaigns|stats)\\s+(?:\\w+\\s+){0,2}?(?:wiped|lost|gone|disappeared|vanished)|\\bdata\\s+loss\\b`,
    ].join('|'),
    'Пропали данные',
    'Data has been lost',
  ),
  rule(
    'crash-loop',
    'critical',
    1.1,
    [
      `\\b(?:oom|crash\\s*loop|out\\s+of\\s+memory|killed\\s+process|keeps?\\s+(?:crashing|falling|dying|restarting|going\\s+down)|crash\\w*\\s+(?:again\\s+and\\s+again|every)|(?:falls|goes\\s+down|dies|crashes)\\s+every)\\b`,
      `${B}(?:пада|пере?запуска|пере?загружа|пере?загруж|умира|отвалива)\\S*\\s+${W}{0,1}?(?:каждые|раз\\s+в|постоянно|снова)|${B}(?:постоянно|снова|опять)\\s+(?:пада|упал|ложит|лег)|${B}убивает\\s+(?:mysql|процесс|кликхаус|clickhouse)`,
    ].join('|'),
    'Сервер падает снова и снова',
    'The server crashes again and again',
  ),
  rule(
    'breach',
    'critical',
    1.2,
    [
      `${B}(?:взлом|взломал|хакнул|заразил|майнер)\\S*|${B}(?:чуж|посторонн|левый|левого|неизвестн)\\S*\\s+${W}{0,2}?(?:index\\.php|код|скрипт|файл|пользовател|админ|юзер|оффер|офер|редирект)|${B}(?:казино|скам|фишинг)\\S*\\s+${W}?страниц`,
      `\\b(?:hacked|hacker|compromised|breach\\w*|defaced|malware|backdoor|cryptominer|miner|injected|infected)\\b|\\bsomeone\\s+(?:got|broke|logged)\\s+into\\b|\\b(?:scam|phishing|casino)\\s+(?:\\w+\\s+)?page|\\b(?:a\\s+)?(?:domain|user|admin|account)\\s+we\\s+(?:don'?t|do\\s+not|didn'?t|did\\s+not)\\s+(?:own|create|know)`,
    ].join('|'),
    'Трекер взломан',
    'The tracker has been broken into',
  ),
  rule(
    'traffic-moved-away',
    'critical',
    1.1,
    [
      `${B}(?:перевели|переключили|увели|перекинули|ушли)\\s+${W}{0,2}?(?:трафик|кампании|всё|все)\\s+${W}{0,2}?на\\s+(?:резерв|запасн|друг|втор)`,
      `${B}(?:отключили|остановили|выключили|сняли|поставили\\s+на\\s+паузу)\\s+${W}{0,3}?(?:все|всю|весь)\\s+${W}?(?:источник|кампани|трафик|рекламу|связк)`,
      `\\b(?:switched|moved|rerouted|redirected|sent)\\s+(?:all\\s+)?(?:of\\s+)?(?:our\\s+|the\\s+)?(?:traffic|campaigns)\\s+to\\s+(?:a\\s+|our\\s+|the\\s+)?(?:backup|another|second|spare|old)`,
      `\\b(?:had\\s+to\\s+)?(?:pull(?:ed)?|paus(?:e|ed)|stop(?:ped)?|turn(?:ed)?\\s+off|shut\\s+off)\\s+all\\s+(?:of\\s+)?(?:our\\s+|the\\s+)?(?:\\w+\\s+)?(?:campaigns|traffic|sources|ads)\\b`,
    ].join('|'),
    'Клиент увёл или остановил весь трафик',
    'The customer has moved or stopped all traffic',
  ),

  // ---- what is at stake: counts for critical only beside a described problem ----
  rule(
    'urgent',
    'critical',
    0.5,
    `${NOT_NEGATED}${B}(?:срочно|горит|льется|льётся|платный\\s+трафик|идет\\s+трафик|трафик\\s+идет|теряем)|${NOT_NEGATED}\\b(?:urgent|urgently|asap|immediately|need\\s+help\\s+now|paid\\s+traffic|live\\s+campaigns|ads\\s+are\\s+live|traffic\\s+keeps)\\b`,
    'Клиент пишет, что это срочно',
    'The customer says it is urgent',
    'impact',
  ),
  rule(
    'wide-scope',
    'critical',
    0.7,
    [
      `\\ball\\s+(?:of\\s+)?(?:our\\s+|my\\s+|the\\s+|their\\s+)?(?:\\d+\\s+)?(?:campaigns|links|domains|landers|landings?|landing\\s+pages|traffic|conversions|clicks|offers|buyers|users|sites|redirects|flows|tracking\\s+links|streams)\\b`,
      `\\bevery\\s+(?:single\\s+)?(?:campaign|link|domain|click|conversion|lander|page|offer|request)\\b|\\bevery\\s+(?:api\\s+)?(?:call|request|visitor|user)\\b|\\bfor\\s+everyone\\b|\\bnone\\s+of\\b|\\bnot\\s+a\\s+single\\b|\\bacross\\s+all\\b|\\b(?:all|every)\\s+(?:\\w+\\s+)?(?:of\\s+them|campaigns)\\b|\\b(?:at\\s+all|completely|totally|entirely|whole\\s+(?:night|day|team))\\b`,
      `${B}(?:все|всех|всем|всеми)\\s+(?:(?:наш|мои|мо|эт|сво|на|по|в|с)\\S*\\s+)?(?:кампани|ссылк|домен|лендинг|лендос|трафик|конверси|клик|оффер|офер|редирект|поток|баер|байер|сайт|связк|гео)`,
      `${B}массов\\S*|\\bmass(?:ive(?:ly)?)?\\b|${B}ни\\s+(?:одн|один)|${B}у\\s+всех|${B}совсем|${B}вообще\\s+(?:ничего|нет|ноль|никак|не)|${B}полностью|${B}всю\\s+ночь|${B}целиком`,
    ].join('|'),
    'Затронуто всё, а не одна кампания',
    'Everything is affected, not one campaign',
    'impact',
  ),
  rule(
    'money-at-stake',
    'critical',
    0.6,
    [
      `\\b(?:revenue|roi|money|profit|budget|income|earnings)\\b|\\bads?\\s+(?:are\\s+|is\\s+)?(?:still\\s+)?(?:running|live)|\\btraffic\\s+(?:is\\s+)?(?:still\\s+)?(?:live|running|flowing|going)|\\b(?:live|paid)\\s+traffic|\\bclicks?\\s*(?:/|per|an?)\\s*h(?:ou)?r|\\bwasting\\b|\\b(?:paused|throttl\\w*|flagged|banned)\\b`,
      `${B}(?:выручк|деньг|денег|бюджет|доход|прибыл|roi|рои)|${B}реклам\\S*\\s+(?:\\S+\\s+)?(?:крутит|идет|льется|работает)|${B}трафик\\s+(?:\\S+\\s+)?(?:идет|льется|льем|в\\s+мусор|впустую)|${B}(?:льем|льём|сливаем|в\\s+мусор|впустую)|${B}(?:режет|отключил\\S*|остановил\\S*|выключил\\S*)\\s+${W}?(?:кампани|связк|рекламу|нам)`,
    ].join('|'),
    'На кону трафик или деньги',
    'Traffic or money is at stake',
    'impact',
  ),
  rule(
    'deadline',
    'critical',
    0.7,
    [
      `\\blaunch(?:es|ing)?\\s+(?:is\\s+)?(?:tonight|today|tomorrow|in\\s+(?:an?|one|two|\\d+)|at\\s+\\d)|\\b(?:our|the|a)\\s+launch\\b|\\b(?:go(?:es|ing)?\\s+live|deadline|tonight|sale\\s+(?:starts|at))\\b|\\bin\\s+(?:an?|one|two|\\d+)\\s+(?:hours?|minutes?|mins?)\\b|\\b(?:starts?|story)\\s+(?:\\w+\\s+)?at\\s+\\d`,
      `${B}(?:запуск(?![а-я])|запуска?\\s+(?:сегодня|завтра|через)|стартуем|(?<!не\\s)стартует|дедлайн|сегодня\\s+(?:вечером|ночью)|через\\s+(?:час|полчаса|\\d+\\s+(?:мин|час)))|${B}завтра\\s+(?:в|к)\\s+\\d|(?<![\\d:])(?:к|до)\\s+\\d{1,2}[:.]\\d\\d`,
    ].join('|'),
    'Горит запуск или срок клиента',
    "A launch or the customer's deadline is close",
    'impact',
  ),
  rule(
    'ongoing',
    'critical',
    0.4,
    [
      `\\b(?:since|at)\\s+noon\\b|\\bsince\\s+(?:about\\s+|around\\s+)?(?:\\d|this\\s+morning|the\\s+morning|last\\s+night|midnight|yesterday)|\\bfor\\s+(?:the\\s+(?:last|past)\\s+)?(?:\\d+|several|a\\s+few)\\s+(?:hours|hrs)\\b|\\b\\d+\\s+hours?\\s+(?:now|already|straight)|\\ball\\s+night\\b|\\bwhole\\s+night`,
      `${B}с\\s+(?:\\d{1,2}(?:[:.]\\d\\d)?\\s+(?:утра|ночи|вечера|часов)|\\d{1,2}[:.]\\d\\d|утра|ночи|полуночи|обеда|самого\\s+утра)|${B}уже\\s+\\d+\\s+(?:час|мин)|${B}за\\s+ночь|${B}всю\\s+ночь|${B}который\\s+час`,
    ].join('|'),
    'Проблема длится прямо сейчас',
    'The problem is going on right now',
    'impact',
  ),
  rule(
    'repeats',
    'critical',
    0.6,
    `\\bevery\\s+(?:\\d+|few|couple\\s+of)\\s+(?:min|minutes|mins|hours|seconds)|\\bagain\\s+and\\s+again|\\bover\\s+and\\s+over|${B}каждые\\s+(?:\\d+|пар|несколько)|${B}раз\\s+в\\s+\\d+\\s+(?:мин|час|сек)|${B}снова\\s+и\\s+снова|${B}то\\s+и\\s+дело`,
    'Повторяется каждые несколько минут',
    'It repeats every few minutes',
    'impact',
  ),
  rule(
    'settled',
    'critical',
    1.0,
    [
      `\\b(?:everything|all|it)\\s+(?:is\\s+|has\\s+been\\s+)?(?:fine|ok|okay|good|works|working)\\s+(?:now|again|today)|\\brecovered\\s+(?:by\\s+itself|on\\s+its\\s+own)|\\bhasn'?t\\s+happened\\s+again|\\bworks\\s+fine\\b|\\bwe\\s+once\\b|\\bonce\\s+(?:last|in)\\b|\\b(?:crashed|went\\s+down|fell)\\s+once\\b`,
      `${B}(?:сейчас|теперь)\\s+вс[её]\\s+(?:ок|хорошо|нормально|работает)|${B}однажды|${B}(?:само|сам)\\s+(?:восстановил|поднял|заработал)|${B}больше\\s+не\\s+повтор`,
      `${B}(?:позавчера|на\\s+прошлой\\s+неделе|в\\s+прошл\\S*\\s+(?:пятниц|понедельник|вторник|сред|четверг|суббот|воскресен|раз|месяц))|${B}был(?:а|о|и)?\\s+(?:авария|сбой|падение|инцидент)|${B}(?:мы\\s+)?(?:его|её|ее|их)\\s+подняли|${B}вс[её]\\s+заработал|${B}откатил\\S*`,
      `(?<!since\\s)\\blast\\s+week\\b|\\b(?:\\d+|two|three|a\\s+few|couple\\s+of)\\s+days\\s+ago\\b|\\bwe\\s+had\\s+(?:a|an)\\s+(?:\\w+\\s+)?(?:outage|incident|crash|night)|\\b(?:stable|fine)\\s+(?:ever\\s+)?since\\b|\\brolled\\s+back\\b`,
    ].join('|'),
    'Сбой уже прошёл',
    'The incident is over',
    'settled',
  ),

  rule(
    'not-live',
    'critical',
    1.5,
    `\\bwhat\\s+(?:should|do|would)\\s+(?:we|i)\\s+do\\s+if\\b|\\b(?:theoretical|hypothetical)\\b|${B}(?:что\\s+делать,?\\s+если|теоретическ|гипотетическ)|\\b(?:test|staging)\\s+(?:server|environment|instance|box)|${B}тестов\\S*\\s+(?:сервер|стенд|окружени)`,
    'Речь о тестовом сервере или о том, что может случиться',
    'A test server, or what might happen: nothing is down now',
    'settled',
  ),

  // ---- proposal: a feature request ----
  rule(
    'feature-request',
    'proposal',
    1.3,
    [
      `${B}было\\s+бы\\s+(?:очень\\s+)?(?:здорово|круто|удобно|неплохо|классно|хорошо|полезно|отлично|супер|замечательно|прикольно|логично)`,
      `${B}(?:добавьте|сделайте|реализуйте|внедрите)(?!\\s+(?:пожалуйста\\s+)?(?:что-?(?:нибудь|то)|хоть\\s+что))`,
      `${B}(?:предлага\\S*|предложени\\S*|пожелани\\S*|хотелось\\s+бы(?!\\s+(?:разобраться|понять|узнать|выяснить|вернуться|побыстрее|поскорее|быстрее|получить\\s+ответ))|хорошо\\s+бы|вот\\s+бы|не\\s+хватает|есть\\s+идея|идея\\s*(?::|для)|фичреквест|фича)`,
      `${B}(?:планируете\\s+ли|в\\s+планах|в\\s+следующ\\S*\\s+(?:верси|релиз|обновлени))`,
      `\\b(?:would|it'?d)\\s+be\\s+(?:really\\s+|very\\s+|so\\s+)?(?:great|nice|awesome|cool|useful|helpful|good|handy)\\b`,
      `\\bfeature\\s+request|\\bplease\\s+(?:add|consider|build|implement|make)\\b|\\b(?:could|can)\\s+you\\s+(?:add|implement|build)\\s+(?:support|a\\s+feature|an?\\s+option|the\\s+ability)`,
      `\\b(?:could|would|can)\\s+you\\s+(?:please\\s+)?(?:consider|make|add|be\\s+open|offer)|\\bwhat\\s+do\\s+you\\s+think\\s+about\\s+adding|\\bwe'?d\\s+(?:pay|love)|\\b(?:an?\\s+|the\\s+)(?:option|ability|setting|toggle)\\s+to\\b|\\bplease\\s+keep\\b|\\ba\\s+wish\\b|\\bwhen\\s+will\\s+you\\s+add|\\bsupport(?:ing)?\\s+\\w+\\s+officially`,
      `${B}(?:когда\\s+добавите|нужна\\s+(?:поддержка|возможность|опция|функция)|хотим\\s+(?:чтобы|возможность)|хочется,?\\s+чтоб\\S*\\s+(?:в\\s+трекере|был|появил|можно)|добавить\\s+(?:возможность|опцию|поддержку|кнопку|поле)|можно\\s+(?:ли\\s+)?(?:добавить|сделать)\\s+(?:возможность|опцию|чтобы))`,
      `\\bneed\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:theme|mode|option|feature|button|setting|toggle|field|column|integration)\\b|\\bdark\\s+(?:theme|mode)|${B}нужн\\S*\\s+(?:\\S+\\s+)?(?:тема|режим|опци|функци|кнопк|настройк|колонк|интеграци)|${B}темн\\S*\\s+(?:тем|режим)`,
      `\\bi\\s+(?:suggest|propose)|\\bsuggestion\\b|(?<!any\\s)\\bidea\\b|(?:^|\\n)\\s*(?:feature|request)\\s*:|\\bplease\\s+let\\s+us\\b|\\bany\\s+chance\\s+(?:of|you)|\\bconsider\\s+adding|\\b(?:pls|plz|please)\\s+(?:pls\\s+|plz\\s+|please\\s+)?add\\b|\\b(?:can|could)\\s+you\\s+guys\\s+add|(?:^|[.!?]\\s+)could\\s+(?!you\\b)(?:the\\s+)?(?:\\w+\\s+){1,2}?(?:support|pull|show|have|send)\\b(?![\\s\\S]*\\b(?:error|fail|broke|down)\\b)|\\bwould\\s+love\\b|\\bany\\s+plans\\b|\\broadmap\\b|\\bis\\s+missing\\b|\\bi\\s+wish\\b|\\bi'?d\\s+like\\s+to\\s+have\\b|\\bnext\\s+release\\b|\\bwould\\s+be\\s+awesome\\b`,
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
      `${B}не\\s+(?:работа|срабатыва|приход|доход|совпада|сход|подтягива|переда|примен|отобража|засчитыва|устанавлива|считает|определя|обновля|появля|принима|удаля|чист|выпуска|выда)`,
      `${B}(?:ошибк|баг|глюк|сбой|неправильн|неверн|некорректн|странн|расход|расхожд|разниц|крив|теря|отлича|слишком\\s+(?:много|мало)|дублир|дубл|неравномерн|не\\s+туда|сдвину|смещ|пропуска)`,
      `\\b(?:error|fails?|failed|failing|bug|glitch|wrong|incorrect|discrepanc\\w*|mismatch|duplicat\\w*|off\\s+by|odd|weird|strange|broken|uneven|not\\s+even|shifted|lets\\s+through|deadlock|differ(?:s|ed|ing)?|too\\s+(?:high|low|many|few)|never\\s+(?:happens|works|rotates|fires|arrives)|always\\s+goes)\\b`,
      `\\b(?:don'?t|doesn'?t|does\\s+not|do\\s+not|isn'?t|aren'?t|not)\\s+(?:seem\\s+to\\s+)?(?:work|match|agree|arriv|pass|count|fire|apply|coming|reach|load|sync|delete|clean|rotate|save|send|show)`,
      `\\b(?:crash\\w*|double|doubled|twice|inflat\\w*|spikes?|sometimes|hangs?|hanging|stuck|sitting\\s+at|frozen|forbidden|denied|exception|fatal|refused|not\\s+found|killed|empty|missing|lost|dropped|loops?|can'?t|cannot|unable)\\b|\\bis\\s+(?:this|it|that)\\s+expected|\\bstarted\\s+(?:after|around|when|since)|\\bafter\\s+(?:the\\s+|your\\s+)?(?:update|upgrade)|(?<![\\d.:])4(?:0[0-9]|29)(?!\\d|[.:]\\d)`,
      `${B}куда\\s+(?:делись|делся|делась|делось|ушл)|\\bwhere\\s+did\\s+(?:\\S+\\s+){1,4}?go\\b|${B}(?:вдвое|в\\s+два\\s+раза|иногда|завис|пада|висит|висят|застрял|пуст|пропал|пропада|потерял|сломал|упал|не\\s+(?:могу|можем|получается|удается|проходит|грузит|открыва|пуска|видит|видно|сохраня)|началось\\s+после|после\\s+обновлени|перестал)`,
    ].join('|'),
    'Что-то работает не так, нужно разбираться',
    'Something misbehaves and needs investigation',
  ),
  rule(
    'performance',
    'complex',
    0.8,
    `${B}(?:медленн|тормоз|долго|подвиса|нагрузк|задержк|таймаут|под\\s+\\d+\\s*(?:млн|тыс|к)\\S*\\s+(?:клик|визит|запрос))|\\bscal(?:e|ing)\\s+(?:up|to)\\b|\\b(?:slow|slowly|forever|for\\s+ages|times?\\s+out|timeouts?|latency|delay|cpu|load\\s+(?:is|on))\\b`,
    'Медленная работа или нагрузка',
    'Slowness or server load',
  ),
  rule(
    'project-work',
    'complex',
    0.8,
    `${B}(?:перенес|перенос|переезд|миграц|мигрир|интеграц|импорт|настро\\S*\\s+${W}?(?:s2s|постбек|постбэк|интеграц)|помо(?:чь|жете|гите)\\s+(?:с|разобраться)|разобраться)|${B}(?:репликац|реплик)|\\b(?:replication|replica|migrat\\w*|move\\s+(?:the\\s+|our\\s+|my\\s+)?tracker|moving\\s+from|integration|import\\w*|figure\\s+out|help\\s+with|need\\s+a\\s+hand)\\b`,
    'Нужна работа с инфраструктурой или интеграцией',
    'Infrastructure or integration work',
  ),
  rule(
    'root-cause',
    'complex',
    0.9,
    `${B}(?:хотим|хотелось\\s+бы|хочу|нужно)\\s+(?:\\S+\\s+)?(?:понять|узнать|разобраться)\\s+(?:\\S+\\s+)?(?:причин|почему|что\\s+(?:тогда|это\\s+было|случилось|сломалось))|${B}(?:в\\s+ч[её]м\\s+была\\s+причина|причин\\S*\\s+(?:сбоя|падения|аварии))|\\b(?:want|need|like)\\s+to\\s+(?:know|understand|find\\s+out)\\s+(?:is\\s+)?(?:why|what\\s+(?:caused|happened|broke))|\\broot\\s+cause|\\bwhat\\s+caused\\b|\\bpost-?mortem\\b`,
    'Клиент спрашивает о причине прошедшего сбоя',
    'The customer asks why a past incident happened',
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
      `\\bhow\\s+(?:do|can|to|much|many|should)\\b|\\bwhere(?:'s|\\s+(?:can|do|is|are|should))\\b|\\bwhat(?:'?s|\\s+is|\\s+are)\\s+the\\b|\\bis\\s+it\\s+possible\\b|\\bcan\\s+i\\b|\\bdo\\s+you\\s+(?:have|take|accept|support)\\b|\\bdoes\\s+(?:the|it)\\s+\\w+\\s+support|\\bis\\s+there\\s+(?:a|an|any)\\b`,
    ].join('|'),
    'Вопрос «как сделать» — можно ответить сразу',
    'A how-to question — can be answered now',
  ),
  rule(
    'billing',
    'simple',
    0.6,
    `${B}(?:сч[её]т\\s+на\\s+оплату|оплат|тариф|стоимост\\S*\\s+(?:лицензи|продлени|тариф)|сколько\\s+стоит|продл|реквизит|криптой|картой)|(?<!(?:cert|certificate|ssl|le)\\s+)\\brenew\\w*|\\bdoes\\s+(?:one|a|the|my)\\s+licen[cs]e\\s+cover|\\b(?:invoice|pay|payment|payments|price|pricing|plan|plans|extend\\s+my\\s+licen[cs]e|crypto|paypal)\\b`,
    'Вопрос об оплате или тарифе',
    'A billing or plan question',
  ),
  rule(
    'nothing-broken',
    'simple',
    0.6,
    [
      `\\bnothing\\s+(?:is\\s+)?(?:broken|wrong|urgent)|\\b(?:all|everything)\\s+(?:is\\s+)?(?:fine|ok|okay|good)\\s+with|\\beverything\\s+works\\s+fine|\\bjust\\s+(?:a\\s+question|curious|wondering|asking)\\b|\\bis\\s+this\\s+normal\\b[\\s\\S]*\\b(?:works?|working)\\s+fine`,
      `${B}ничего\\s+не\\s+(?:сломал|упал|полома)|${B}вс[её]\\s+работает\\s*(?:отлично|нормально|хорошо|,(?!\\s*(?:но|однако|только))|\\.|\\)|:)|${B}просто\\s+(?:интересно|хотел|вопрос|уточн)`,
    ].join('|'),
    'Клиент пишет, что ничего не сломано',
    'The customer says nothing is broken',
    'calm',
  ),
  rule(
    'not-urgent',
    'simple',
    0.5,
    `${B}не\\s+(?:горит|срочно|критично|к\\s+спеху)|\\bnot\\s+(?:urgent|critical|a\\s+big\\s+deal|pressing)|\\bno\\s+(?:rush|hurry|big\\s+deal)\\b|${B}вс[её]\\s+остальн\\S*\\s+работает|\\beverything\\s+else\\s+(?:works|is\\s+fine)`,
    'Клиент пишет, что это не срочно',
    'The customer says it is not urgent',
    'quiet',
  ),
  rule(
    'money-question',
    'simple',
    1.0,
    [
      `${B}(?:верните\\s+деньги|вернуть\\s+деньги|возврат\\S*\\s+(?:денег|средств)|скидк|бесплатн\\S*\\s+(?:дн|недел|месяц)|пару\\s+дней\\s+бесплатно|цен\\S*\\s+(?:выросл|подня|охрен)|с\\s+ценами)`,
      `\\b(?:refund|discount|money\\s+back|chargeback)\\b|\\bfree\\s+(?:weeks?|days?|months?)\\b|\\bprices?\\s+(?:are|is)\\s+(?:a\\s+joke|ridiculous|too\\s+high|insane)`,
      `${B}(?:оплат|платеж)\\S*\\s+${W}{0,3}?(?:висит|завис|pending|в\\s+обработке)|\\bpayment\\s+(?:\\w+\\s+){0,3}?(?:pending|processing)|\\bstill\\s+pending\\b`,
    ].join('|'),
    'Вопрос о деньгах: ответ — правила лицензии',
    'A money question: the licence terms answer it',
    'calm',
  ),
  rule(
    'runs-fine',
    'simple',
    0.4,
    `\\b(?:campaigns?|traffic|tracking|links?)\\s+(?:\\w+\\s+)?(?:runs?|work|works|working|flows?|redirects?)(?:\\s+(?:fine|normally|ok))?\\s*(?:[,.;]|$)|\\bconversions\\s+are\\s+coming\\s+in\\b|${B}(?:кампании|трафик|ссылки)\\s+(?:\\S+\\s+)?(?:работают|крутятся|идут|идет)(?:\\s+нормально)?\\s*(?:,|\\.|$)`,
    'Кампании при этом работают',
    'The campaigns keep running',
    'calm',
  ),
  rule(
    'partial-scope',
    'critical',
    0.5,
    [
      `(?<![\\d.,])(?:[1-9]|[1-4]\\d)(?:[.,]\\d)?\\s*%\\s+of\\b|\\b(?:some\\s+of|a\\s+few|one\\s+of\\s+(?:our|the|my)|part\\s+of\\s+the|1\\s+in\\s+\\d+|only\\s+(?:one|some|a\\s+few|on\\s+one)|only\\s+(?:this|that)\\s+(?:one|domain|campaign|link|offer|geo|lander)|the\\s+other\\s+\\d+\\s+(?:are|work)|sometimes|occasionally)\\b`,
      `${B}(?:часть\\s+(?:клик|конверс|трафик|визит|запрос|ссыл|домен)|одн(?:ого|ой|ом|ин|а)\\s+из|некотор|иногда|остальные\\s+(?:\\d+\\s+)?(?:\\S+\\s+)?(?:нормально|работают|в\\s+порядке)|только\\s+(?:этот|эта|это)\\s|только\\s+(?:на\\s+|в\\s+|у\\s+)одн)|(?<![\\d.,])(?:[1-9]|[1-4]\\d)(?:[.,]\\d)?\\s*%\\s+(?:клик|конверс|трафик|визит|запрос)`,
    ].join('|'),
    'Затронута часть, а не всё',
    'Only a part is affected',
    'settled',
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
