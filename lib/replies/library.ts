import type { Reply } from '../settings/schema';

/**
 * The built-in replies, written to the team's rules (see the team guidelines): short, human, never
 * promising refunds, compensation or internals. Variables are filled by `variables.ts`.
 * Russian greetings put the name first ("Иван, спасибо...") so the fallback reads as naturally
 * ("Здравствуйте, спасибо...") as the name does.
 */

export const BUILT_IN_REPLY_IDS = [
  'ack',
  'complex-hold',
  'refund',
  'no-compensation',
  'no-internals',
  'ssh-key',
  'access-tracker',
  'access-domains',
  'access-affiliate',
  'access-wordpress',
  'weekend',
  'continue-monday',
  'end-of-day',
  'estimate',
  'carp',
  'handover-senior',
  'stay-in-carrotquest',
] as const;

export type BuiltInReplyId = (typeof BUILT_IN_REPLY_IDS)[number];

type BuiltInReply = Reply & { id: BuiltInReplyId };

const reply = (id: BuiltInReplyId, title: Reply['title'], text: Reply['text'], keywords: string[]): BuiltInReply => ({
  id,
  title,
  text,
  keywords,
  enabled: true,
});

export const BUILT_IN_REPLIES: readonly BuiltInReply[] = [
  reply(
    'ack',
    { ru: 'Запрос получен', en: 'Request received' },
    {
      ru: '{customerFirstName|Здравствуйте}, спасибо, что написали! Запрос получили и уже разбираемся. Вернусь к вам, как только будут результаты.',
      en: "Hi {customerFirstName|there}, thanks for writing! We've got your request and are already looking into it. I'll get back to you as soon as we have results.",
    },
    ['received', 'acknowledge', 'получили', 'принято', 'разбираемся'],
  ),
  reply(
    'complex-hold',
    { ru: 'Нужно время на разбор', en: 'Needs time to investigate' },
    {
      ru: 'Этот вопрос требует детального разбора, поэтому понадобится время. Ждать в чате не нужно: я напишу сюда, как только что-то выясним. Если появятся новые детали, просто добавьте их в этот диалог.',
      en: "This one needs a closer look, so it will take some time. You don't need to wait in the chat: I'll write here as soon as we find something out. If you notice anything new, just add it to this conversation.",
    },
    ['investigate', 'wait', 'hold', 'complex', 'разбор', 'ожидание', 'сложный'],
  ),
  reply(
    'refund',
    { ru: 'Возврат денег', en: 'Refund' },
    {
      ru: 'Понимаю вас. Возвратов мы не делаем: всё, что касается возврата денег, описано в лицензионном соглашении, в разделе о политике возврата. Если что-то не работает, расскажите, что именно, — давайте сначала попробуем это исправить.',
      en: "I understand. We don't offer refunds: everything about getting money back is covered by the money-back policy in our licence agreement. If something isn't working for you, tell me what exactly, and let's try to fix it first.",
    },
    ['refund', 'money back', 'chargeback', 'возврат', 'вернуть деньги', 'деньги назад'],
  ),
  reply(
    'no-compensation',
    { ru: 'Без компенсаций и скидок', en: 'No compensation or discounts' },
    {
      ru: 'Извините за неудобства. Мы не предоставляем компенсаций, скидок или дополнительных дней лицензии, но сделаем всё, чтобы быстро решить проблему.',
      en: "Sorry for the trouble. We don't offer compensation, discounts or extra licence days, but we'll do everything we can to solve the problem quickly.",
    },
    ['compensation', 'discount', 'extra days', 'licence days', 'компенсация', 'скидка', 'дни лицензии', 'продление'],
  ),
  reply(
    'no-internals',
    { ru: 'Не рассказываем о внутреннем устройстве', en: "We don't describe internals" },
    {
      ru: 'Мы не рассказываем, как продукт устроен внутри, и это в ваших же интересах: мы оставляем за собой свободу менять любую часть кода, поэтому решение, построенное на внутреннем устройстве, может сломаться при следующем обновлении. Расскажите, какую задачу хотите решить, — подскажу поддерживаемый способ.',
      en: "We don't describe how the product works internally, and that's in your interest too: we keep the freedom to change any part of the code, so a solution built on internal details could break with the next update. Tell me what you'd like to achieve and I'll suggest a supported way.",
    },
    ['internals', 'source code', 'database schema', 'algorithm', 'исходный код', 'схема базы', 'алгоритм', 'устройство'],
  ),
  reply(
    'ssh-key',
    { ru: 'SSH-ключ команды', en: "Team's SSH key" },
    {
      ru: 'Мы не используем личные ключи сотрудников: так помочь вам сможет любой инженер команды. Пожалуйста, добавьте публичный ключ нашей команды в ~/.ssh/authorized_keys на сервере или создайте отдельную пару ключей специально для нашего доступа:\n\n{sshKey}',
      en: "We don't use our engineers' personal keys, so that anyone on the team can help you. Please add our team's public key to ~/.ssh/authorized_keys on the server, or create a separate key pair just for our access:\n\n{sshKey}",
    },
    ['ssh', 'public key', 'key pair', 'authorized_keys', 'ключ', 'публичный ключ'],
  ),
  reply(
    'access-tracker',
    { ru: 'Доступы: трекер и сервер', en: 'Access: tracker and server' },
    {
      ru: 'Чтобы разобраться, нам понадобятся доступы:\n— к трекеру: адрес админки, логин и пароль;\n— к серверу: IP, порт SSH, пользователь и пароль (или добавьте наш публичный ключ).\nС доступами мы всё проверим сами и не будем отвлекать вас.',
      en: "To look into this we'll need access to:\n— the tracker: admin panel URL, login and password;\n— the server: IP, SSH port, user and password (or add our public key).\nWith access we can check everything ourselves without taking up your time.",
    },
    ['access', 'tracker', 'server', 'ssh', 'доступ', 'трекер', 'сервер'],
  ),
  reply(
    'access-domains',
    { ru: 'Доступы: трекер, сервер, регистратор', en: 'Access: tracker, server, registrar' },
    {
      ru: 'Чтобы разобраться с доменами, нам понадобятся доступы:\n— к трекеру: адрес админки, логин и пароль;\n— к серверу: IP, порт SSH, пользователь и пароль (или добавьте наш публичный ключ);\n— к регистратору домена (или к панели, где настроены DNS-записи).\nС доступами мы всё проверим сами.',
      en: "To sort out the domains we'll need access to:\n— the tracker: admin panel URL, login and password;\n— the server: IP, SSH port, user and password (or add our public key);\n— the domain registrar (or wherever the DNS records are managed).\nWith access we can check everything ourselves.",
    },
    ['access', 'domain', 'dns', 'registrar', 'ssl', 'доступ', 'домен', 'регистратор', 'днс'],
  ),
  reply(
    'access-affiliate',
    { ru: 'Доступы: партнёрка и трекер', en: 'Access: affiliate network and tracker' },
    {
      ru: 'Чтобы проверить связку, нам понадобятся доступы:\n— к партнёрской сети: адрес, логин и пароль;\n— к трекеру: адрес админки, логин и пароль.\nТак мы сверим настройки постбэков и офферов с обеих сторон.',
      en: "To check the setup we'll need access to:\n— the affiliate network: URL, login and password;\n— the tracker: admin panel URL, login and password.\nThat way we can compare the postback and offer settings on both sides.",
    },
    ['access', 'affiliate', 'network', 'postback', 'доступ', 'партнерка', 'партнерская сеть', 'постбэк'],
  ),
  reply(
    'access-wordpress',
    { ru: 'Доступы: трекер и WordPress', en: 'Access: tracker and WordPress' },
    {
      ru: 'Чтобы разобраться, нам понадобятся доступы:\n— к трекеру: адрес админки, логин и пароль;\n— к админке WordPress: адрес, логин и пароль администратора.\nС доступами мы проверим интеграцию сами.',
      en: "To look into this we'll need access to:\n— the tracker: admin panel URL, login and password;\n— the WordPress admin: URL and an administrator's login and password.\nWith access we can check the integration ourselves.",
    },
    ['access', 'wordpress', 'wp', 'plugin', 'доступ', 'вордпресс', 'плагин'],
  ),
  reply(
    'weekend',
    { ru: 'Ответ после выходных', en: 'Answer after the weekend' },
    {
      ru: 'Впереди выходные, поэтому честно скажу о сроках: решение подготовим в начале следующей недели. Если до этого случится что-то срочное, пишите сюда.',
      en: "The weekend is coming, so to be honest about timing: we'll have a solution for you at the start of next week. If anything urgent comes up before then, write here.",
    },
    ['weekend', 'monday', 'next week', 'friday', 'выходные', 'понедельник', 'следующая неделя', 'пятница'],
  ),
  reply(
    'continue-monday',
    { ru: 'Продолжим в понедельник', en: "We'll continue on Monday" },
    {
      ru: 'Сегодня у нас дежурная смена, поэтому честно скажу о сроках: вопрос записал, продолжим с ним в понедельник. Если случится что-то срочное, например перестанут работать ссылки, напишите сюда — дежурный на связи.',
      en: "Today is a duty shift for us, so to be honest about timing: I've noted your question and we'll continue with it on Monday. If anything urgent comes up, for example your links stop working, write here: the person on duty is on hand.",
    },
    ['monday', 'duty', 'weekend', 'saturday', 'понедельник', 'дежурство', 'выходные', 'суббота'],
  ),
  reply(
    'end-of-day',
    { ru: 'Продолжим завтра', en: "We'll continue tomorrow" },
    {
      ru: 'Мой рабочий день подходит к концу. Продолжим {nextWorkingDay} после 9:00 по московскому времени. Вопрос остаётся за мной, ничего повторять не нужно.',
      en: "My working day is coming to an end. We'll continue {nextWorkingDay} after 9:00 Moscow time. Your question stays with me, no need to repeat anything.",
    },
    ['end of day', 'tomorrow', 'continue', 'конец дня', 'завтра', 'продолжим'],
  ),
  reply(
    'estimate',
    { ru: 'Срок решения', en: 'Estimate' },
    {
      ru: 'Ориентировочный срок решения — {estimate}. Буду держать вас в курсе и напишу, как только всё будет готово.',
      en: "We expect this to take about {estimate}. I'll keep you posted and write as soon as it's done.",
    },
    ['estimate', 'time', 'how long', 'deadline', 'срок', 'оценка', 'сколько времени'],
  ),
  reply(
    'carp',
    { ru: 'Успокоить клиента', en: 'Calm an upset customer' },
    {
      ru: 'Понимаю, насколько это неприятно, и мне жаль, что вы с этим столкнулись. Давайте разберёмся вместе: напишите, что именно не работает и с какого момента, и я сразу этим займусь.',
      en: "I understand how frustrating this is, and I'm sorry you've run into it. Let's sort it out together: tell me what exactly isn't working and since when, and I'll take care of it right away.",
    },
    ['angry', 'upset', 'conflict', 'calm', 'complaint', 'недоволен', 'конфликт', 'жалоба', 'злой'],
  ),
  reply(
    'handover-senior',
    { ru: 'Передать старшему коллеге', en: 'Hand over to a senior teammate' },
    {
      ru: 'Хочу, чтобы вопрос решился как следует, поэтому дальше этот диалог продолжит мой старший коллега — {seniorName}. Повторять ничего не придётся: вся переписка сохранится здесь.',
      en: "I want this solved properly, so my senior colleague {seniorName} will continue this conversation. You won't need to repeat anything: the whole history stays here.",
    },
    ['senior', 'escalate', 'handover', 'manager', 'старший', 'передать', 'эскалация', 'руководитель'],
  ),
  reply(
    'stay-in-carrotquest',
    { ru: 'Остаёмся в этом чате', en: 'We stay in this chat' },
    {
      ru: '{customerFirstName|Здравствуйте}, давайте продолжим здесь: вся история вопроса остаётся в этом диалоге, и если я буду недоступен, любой коллега сразу подхватит его, ничего не переспрашивая. В мессенджерах и по телефону так не получится.',
      en: "{customerFirstName|Hi}, let's carry on here: the whole history stays in this conversation, so if I'm away any teammate can pick it up at once without asking you again. That doesn't work in messengers or on the phone.",
    },
    ['telegram', 'whatsapp', 'phone', 'messenger', 'телеграм', 'ватсап', 'телефон', 'мессенджер'],
  ),
];

/**
 * The replies the picker offers: the team's replies (from settings) replace built-in ones with the
 * same id and add new ones after them; any reply marked disabled is left out, so a team can also
 * switch off a built-in reply by listing its id disabled.
 */
export function mergeReplies(builtIn: readonly Reply[], teamReplies: readonly Reply[]): Reply[] {
  const team = new Map(teamReplies.map((r) => [r.id, r]));
  const merged: Reply[] = builtIn.map((r) => team.get(r.id) ?? r);
  const builtInIds = new Set(builtIn.map((r) => r.id));
  const added = new Set<string>();
  for (const r of teamReplies) {
    if (builtInIds.has(r.id) || added.has(r.id)) continue;
    added.add(r.id);
    merged.push(team.get(r.id)!);
  }
  return merged.filter((r) => r.enabled !== false);
}
