import type { ComplexityLevel } from '../db/schema';
import type { BuiltInReplyId } from '../replies/library';

/**
 * What the team does with a dialogue of each level (the guidelines' "Rate the complexity"), as
 * steps the sidebar shows in order. `action` is stable so the UI can put a button on a step: `ack`
 * and `answer` insert a reply, `slack` drafts the #tech-questions message, `jira` opens a SUPPORT
 * task, `invite` asks teammates in, `tag` focuses the tag field, `search` and `team` open "Search first" (search
 * Slack and the knowledge base, ask `#team-cs`): the team's order before a `#tech-questions` thread.
 */

export type PlaybookAction = 'ack' | 'search' | 'team' | 'slack' | 'jira' | 'invite' | 'tag' | 'answer';

export interface PlaybookStep {
  action: PlaybookAction;
  text: { ru: string; en: string };
  /** The reply that carries the step out, when a reply does. */
  replyId?: BuiltInReplyId;
  /** A tag to suggest, for proposals. */
  tag?: string;
}

/** The guidelines' own example of a proposal tag. */
export const PROPOSAL_TAG_EXAMPLE = 'domains-ssl-recheck';

const PLAYBOOKS: Record<ComplexityLevel, readonly PlaybookStep[]> = {
  critical: [
    {
      action: 'ack',
      replyId: 'ack',
      text: {
        ru: 'Сразу ответьте клиенту, что запрос получен и вы уже разбираетесь',
        en: 'Tell the customer right now that the request is received and you are on it',
      },
    },
    {
      action: 'slack',
      text: {
        ru: 'Напишите в #tech-questions: проблема, причина, цитата клиента; в треде — ссылка на диалог и доступы',
        en: 'Post in #tech-questions: the issue, its cause, the customer quoted; in the thread, the dialogue link and accesses',
      },
    },
    {
      action: 'jira',
      text: {
        ru: 'Создайте задачу в SUPPORT: кратко, ссылка на диалог, как воспроизвести, все доступы',
        en: 'Create a SUPPORT task: short summary, dialogue link, steps to reproduce, all accesses',
      },
    },
    {
      action: 'invite',
      text: {
        ru: 'Позовите коллег на помощь и решите как можно быстрее',
        en: 'Invite teammates to help and resolve it as fast as you can',
      },
    },
  ],
  complex: [
    {
      action: 'ack',
      replyId: 'complex-hold',
      text: {
        ru: 'Не блокируйтесь: ответьте, что запрос получен и вы вернётесь с результатом',
        en: "Don't block: say the request is received and you will come back with results",
      },
    },
    {
      action: 'search',
      text: {
        ru: 'Поищите ответ в Slack и базе знаний по словам клиента',
        en: "Search Slack and the knowledge base for the customer's words",
      },
    },
    {
      action: 'team',
      text: {
        ru: 'Не нашли — спросите в #team-cs',
        en: 'Nothing found: ask in #team-cs',
      },
    },
    {
      action: 'slack',
      text: {
        ru: 'Только если и это не помогло — тред в #tech-questions',
        en: 'Only if that fails: a thread in #tech-questions',
      },
    },
  ],
  simple: [
    {
      action: 'answer',
      text: { ru: 'Ответьте сразу', en: 'Answer right away' },
    },
  ],
  proposal: [
    {
      action: 'tag',
      tag: PROPOSAL_TAG_EXAMPLE,
      text: {
        ru: `Поставьте диалогу тег предложения (например, ${PROPOSAL_TAG_EXAMPLE})`,
        en: `Tag the dialogue as a proposal (e.g. ${PROPOSAL_TAG_EXAMPLE})`,
      },
    },
  ],
};

/**
 * On a duty day (`lib/replies/schedule.ts` `isDutyDay`) #tech-questions is for critical dialogues only: a complex
 * one gets the "we will continue on Monday" reply or a SUPPORT task instead of a thread.
 */
const DUTY_STEPS: readonly PlaybookStep[] = [
  {
    action: 'ack',
    replyId: 'continue-monday',
    text: {
      ru: 'Дежурный день: #tech-questions только для критичных. Скажите клиенту, что продолжите в понедельник',
      en: 'Duty day: #tech-questions is for critical issues only. Tell the customer you will continue on Monday',
    },
  },
  {
    action: 'jira',
    text: {
      ru: 'Не нашли ответа — вместо треда в #tech-questions задача в SUPPORT: кратко, ссылка на диалог, как воспроизвести, все доступы',
      en: 'Nothing found: a SUPPORT task instead of a #tech-questions thread: short summary, dialogue link, steps to reproduce, all accesses',
    },
  },
];

export interface PlaybookDay {
  /** Today is a duty day in the operator's zone. */
  duty?: boolean;
}

export function playbook(level: ComplexityLevel, day: PlaybookDay = {}): readonly PlaybookStep[] {
  if (!day.duty || level !== 'complex') return PLAYBOOKS[level];
  // The acknowledgement becomes "on Monday" and the #tech-questions thread a SUPPORT task; searching first stays.
  const [monday, task] = DUTY_STEPS as [PlaybookStep, PlaybookStep];
  return PLAYBOOKS[level].map((s) => (s.action === 'ack' ? monday : s.action === 'slack' ? task : s));
}
