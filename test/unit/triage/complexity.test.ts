import { describe, expect, it } from 'vitest';
import type { DialogueMessage } from '../../../lib/carrotquest/snapshot';
import { customerText, emptyLearned, learnComplexity, parseLearned, rateComplexity } from '../../../lib/triage/complexity';
import { features, stem } from '../../../lib/triage/tokens';

const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
const operator = (text: string): DialogueMessage => ({ fromCustomer: false, text });
const level = (text: string) => rateComplexity([customer(text)]).level;

describe('rateComplexity: rules', () => {
  it.each([
    'Трекер не открывается, 502 Bad Gateway',
    'Кампании перестали редиректить на офферы',
    'Не можем войти в админку с утра',
    'Лицензия заблокирована, трекер не работает',
    'Всё встало, ничего не работает',
    'Клики не записываются, трафик теряется',
    'Tracker is down, nothing loads',
    'Campaigns stopped redirecting an hour ago',
    "I can't log in to the tracker",
    'Our license is blocked',
    'We are losing traffic, zero clicks in stats',
    'Internal Server Error 500 on every link',
  ])('critical: %s', (text) => {
    expect(level(text)).toBe('critical');
  });

  it.each([
    'Статистика расходится с партнёркой на 10%',
    'Постбэки приходят через раз',
    'Reports are very slow to load',
    'The numbers in the tracker do not match the network',
  ])('complex: %s', (text) => {
    expect(level(text)).toBe('complex');
  });

  it.each(['Как добавить источник трафика?', 'Где посмотреть версию?', 'How do I clone a campaign?', 'Thanks, that helped!'])(
    'simple: %s',
    (text) => {
      expect(level(text)).toBe('simple');
    },
  );

  it.each([
    'Было бы здорово добавить перепроверку SSL для доменов',
    'Добавьте возможность группировать кампании',
    'Would be great to add folders for campaigns',
    'Feature request: dark mode',
  ])('proposal: %s', (text) => {
    expect(level(text)).toBe('proposal');
  });

  it('gives reasons in both languages and scores that sum to 1', () => {
    const r = rateComplexity([customer('Трекер лежит, 502')]);
    expect(r.reasons.length).toBeGreaterThan(0);
    for (const reason of r.reasons) {
      expect(reason.ru).toMatch(/[а-я]/);
      expect(reason.en).toMatch(/[a-z]/);
    }
    const sum = Object.values(r.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(r.scores.critical).toBeGreaterThan(r.scores.simple);
  });

  it('reads only the customer', () => {
    const messages = [operator('Если трекер лежит или 502 — пишите сразу!'), customer('Спасибо, а как сменить пароль?')];
    expect(rateComplexity(messages).level).toBe('simple');
    expect(customerText(messages)).toBe('Спасибо, а как сменить пароль?');
  });

  it('is simple for an empty dialogue', () => {
    expect(rateComplexity([]).level).toBe('simple');
  });

  it('prefers critical when a blocking sign is mixed with a question', () => {
    expect(level('Как быть, трекер не открывается уже час?')).toBe('critical');
  });
});

describe('rateComplexity: context and urgency', () => {
  it.each([
    'Your tracker died at 3am and we lost the whole night of traffic. Unacceptable!!!',
    'The server falls every 20 minutes, OOM kills mysqld, launch tonight',
    'Сервер падает каждые 20 минут, OOM убивает mysqld, сегодня вечером запуск',
    'No rush, but all our campaigns return 404 since 9am',
    'Клиентский дедлайн через час, а трекер отдаёт 404 на всех ссылках',
  ])('critical when something is at stake: %s', (text) => {
    expect(level(text)).toBe('critical');
  });

  it.each([
    'We URGENTLY need a dark theme: at 2am the white screen of the admin panel burns my eyes',
    'Срочно нужна тёмная тема! Ночью белый экран админки слепит глаза',
    'Идея: сделайте уведомление в телеграм, когда сервер упал. Однажды узнали об этом только утром',
  ])('a symptom inside a feature request stays a proposal: %s', (text) => {
    expect(level(text)).toBe('proposal');
  });

  it('tone is not a level: an angry message about the price is simple', () => {
    expect(level('Your price is a RIP-OFF, I want my money back NOW!!!')).toBe('simple');
  });

  it('"not urgent" is not an urgency cue', () => {
    for (const text of ['Не срочно: как поменять пароль в админке?', 'Not urgent, but how do I rename a campaign?']) {
      const r = rateComplexity([customer(text)]);
      expect(r.level).toBe('simple');
      expect(r.reasons.map((x) => x.en)).not.toContain('The customer says it is urgent');
    }
  });

  it('what is at stake needs a problem beside it', () => {
    expect(level('How do I rename all our campaigns at once before the launch tonight?')).toBe('simple');
  });

  it('an incident that is over is not critical', () => {
    expect(level('The tracker went down once last night with 502 and recovered by itself, everything works now')).not.toBe('critical');
  });

  it('shows the reasons that decided: the stake and the problem it rests on', () => {
    const r = rateComplexity([customer('No rush, but all our campaigns return 404 since 9am')]);
    const en = r.reasons.map((x) => x.en);
    expect(en).toContain('Everything is affected, not one campaign');
    expect(en).toContain('The problem is going on right now');
    expect(en).not.toContain('A how-to question — can be answered now');
  });
});

describe('rateComplexity: calm words, money matters, scope and transliteration', () => {
  it.each([
    'Ничего не сломалось, всё работает отлично) просто хотел узнать, где выгрузка в csv?',
    'Nothing is broken, just a question: how do I give a teammate read-only access?',
    'Верните деньги за остаток года, цены выросли вдвое, это грабёж!!!',
    'Your prices are a joke, I want a refund for the unused months',
    'Оплата висит в статусе pending уже 3 часа, деньги с карты списались',
  ])('simple: %s', (text) => {
    expect(level(text)).toBe('simple');
  });

  it('calm words do not undo an outage named outright', () => {
    expect(level('Ничего страшного, просто интересно: с 9 утра кликов в отчётах нет совсем, хотя лиды в партнёрке идут')).toBe('critical');
  });

  it('a discrepancy while the campaigns keep running is not critical, even in capitals', () => {
    expect(level('СРОЧНО!!! в гугле 900 кликов за вчера, в трекере 700, куда делись?? кампании работают, хочу понять')).toBe('complex');
    expect(
      level('URGENT!!! Google shows 900 clicks, the tracker 700. Where did 200 clicks go? Links work, conversions are coming in.'),
    ).toBe('complex');
  });

  it('a small share affected is not an outage; most of the traffic is', () => {
    expect(level('About 3% of clicks land on a lander from another campaign, reports are slightly off')).not.toBe('critical');
    expect(level('Campaign links 404 for every visitor on mobile since the update, 85% of our traffic is mobile')).toBe('critical');
  });

  it('a time of day in a log is not a deadline; a launch date is', () => {
    expect(level('Конверсии от одной сети приходят с задержкой: в партнёрке 12:05, а у нас постбек записан в 14:40')).not.toBe('critical');
    expect(level('Трекер отдаёт 502, а у нас запуск через час')).toBe('critical');
  });

  it('reads Russian typed in Latin letters', () => {
    expect(level('trekker ne otkryvaetsya voobshe, ni adminka ni ssylki, trafik idet')).toBe('critical');
    expect(level('prosba dobavit v sleduyushchuyu versiyu vozmozhnost eksporta v xlsx')).toBe('proposal');
  });

  it('a feature request is told from a question that says "hard to understand"', () => {
    expect(level('Права работают странно: байер видит чужие кампании. Хотелось бы разобраться')).toBe('complex');
    expect(level('Request: let us pin favourite reports on the dashboard')).toBe('proposal');
  });
});

describe('learnComplexity', () => {
  it('a handful of corrections does not override an outage the rules name', () => {
    let learned = undefined as ReturnType<typeof learnComplexity> | undefined;
    for (let i = 0; i < 8; i++) learned = learnComplexity(learned, `The tracker admin is slow today, reports take long ${i}`, 'simple');
    const r = rateComplexity([customer('The tracker is down, every link gives 502')], learned);
    expect(r.level).toBe('critical');
    expect(r.reasons.map((x) => x.en)).not.toContain('Like dialogues you rated critical');
  });

  it('says the learned part decided only when it changed the level', () => {
    let learned = undefined as ReturnType<typeof learnComplexity> | undefined;
    const examples = ['Лендинг показывает старую версию', 'Landing shows the old version', 'После загрузки архива старая версия лендинга'];
    for (let i = 0; i < 30; i++) for (const e of examples) learned = learnComplexity(learned, `${e} ${i}`, 'complex');
    const r = rateComplexity([customer('Лендинг всё равно старая версия')], learned);
    expect(r.level).toBe('complex');
    expect(r.reasons[0]?.en).toBe('Like dialogues you rated complex');
  });

  const text = 'Лендинг на втором домене показывает старую версию страницы';

  it('learns from a correction without changing the old state', () => {
    const before = rateComplexity([customer(text)]);
    expect(before.level).not.toBe('critical');
    const empty = emptyLearned();
    const learned = learnComplexity(empty, text, 'critical');
    expect(empty.docs.critical).toBe(0);
    expect(learned.docs.critical).toBe(1);
    expect(rateComplexity([customer(text)], learned).level).toBe('critical');
    expect(rateComplexity([customer(text)], learned).reasons[0]?.en).toMatch(/already rated/);
  });

  it('generalises to similar texts after several corrections', () => {
    let learned = undefined as ReturnType<typeof learnComplexity> | undefined;
    const examples = [
      'Кейтаро показывает старую версию лендинга после загрузки',
      'Загрузил новый лендинг, а показывается старая версия',
      'После обновления архива лендинга открывается старая версия',
      'Landing shows the old version after I uploaded a new zip',
      'Uploaded a new landing archive but the old version still shows',
    ];
    for (let i = 0; i < 12; i++) for (const e of examples) learned = learnComplexity(learned, `${e} ${i}`, 'complex');
    const unseen = 'Лендинг: после загрузки всё равно старая версия';
    expect(rateComplexity([customer(unseen)]).level).toBe('simple');
    expect(rateComplexity([customer(unseen)], learned).level).toBe('complex');
  });

  it('stays plain JSON and survives storage', () => {
    const learned = learnComplexity(undefined, 'Трекер не открывается', 'critical');
    const restored = parseLearned(JSON.parse(JSON.stringify(learned)));
    expect(restored).toEqual(learned);
    expect(parseLearned({ version: 2 })).toBeUndefined();
    expect(parseLearned('nonsense')).toBeUndefined();
  });

  it('keeps no secrets in the learned state', () => {
    const learned = learnComplexity(undefined, 'root password: Zq81!kLp, трекер не открывается', 'critical');
    expect(JSON.stringify(learned).toLowerCase()).not.toContain('zq81');
  });
});

describe('tokens', () => {
  it('stems Russian and English roughly', () => {
    expect(stem('кампании')).toBe(stem('кампаний'));
    expect(stem('redirects')).toBe(stem('redirect'));
  });

  it('glues negation to the next word and keeps error codes', () => {
    const f = features('Трекер не работает, 502');
    expect(f).toContain('!' + stem('работает'));
    expect(f).toContain('502');
    expect(features("doesn't work")).toContain('!work');
  });
});

describe('rateComplexity: more ways of saying work has stopped, and incidents that are over', () => {
  it.each([
    'Нас взломали: в админке чужой пользователь, часть кампаний ведёт на чужие офферы',
    'Someone got into our tracker and the landers now show a scam page',
    'Мы перевели весь трафик на резервный трекер, ваш отвечает по 30 секунд на клик',
    'We had to pull all our Google campaigns, the tracker domains show a certificate error',
    'Сертификаты на всех 25 доменах просрочены, браузеры показывают красный экран',
    'Everything for Germany is broken: visitors with a DE geo hit a 404 from the tracker',
    'The bot filter sends 100% of our traffic to the safe page since 11:00',
    'Постбеки в трекеры вебов не уходят с ночи, вебмастера массово пишут',
  ])('critical: %s', (text) => {
    expect(level(text)).toBe('critical');
  });

  it.each([
    'На прошлой неделе трекер 3 часа отдавал 500, админ откатил версию и всё заработало. Хотим понять причину',
    'We had a bad night 2 days ago: the tracker was down from 1am to 5am, stable since. We want to know why',
    'Just a theoretical question: what should we do if our tracker server goes down?',
    'Контейнер кликхауса не стартует на тестовом сервере, боевой работает',
  ])('not critical: %s', (text) => {
    expect(level(text)).not.toBe('critical');
  });

  it('"not urgent" takes back an outage only guessed from the stakes, and votes for no level itself', () => {
    // A problem named outright stays critical whatever the tone.
    expect(level('Не горит, но в ночь на субботу не записалось ни одного клика')).toBe('critical');
    // A migration question said to be not urgent is still a migration: complex, not simple.
    expect(level('Хочу перенести трекер на Debian 12 без потери статистики. Старый сервер живой, не горит')).toBe('complex');
    expect(level('Уведомления в телеграм перестали приходить две недели назад. Всё остальное работает')).toBe('complex');
  });
});
