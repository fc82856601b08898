import type { DatasetItem, DialogueMessage } from '../lib/tags/dataset';

/** Dialogues of `size` messages, customer and operator taking turns, customer texts from `items` in order. */
export function longDialogues(items: readonly DatasetItem[], count: number, size: number): DialogueMessage[][] {
  const texts = items.flatMap((item) => item.messages.filter((m) => m.fromCustomer).map((m) => m.text));
  const replies = ['Hello! Let me check.', 'Здравствуйте, смотрю.', 'Could you send a screenshot?', 'Спасибо, передал коллегам.'];
  const out: DialogueMessage[][] = [];
  for (let d = 0; d < count; d++) {
    const dialogue: DialogueMessage[] = [];
    for (let i = 0; i < size; i++) {
      const customer = i % 2 === 0;
      const n = d * size + i;
      dialogue.push({ fromCustomer: customer, text: customer ? texts[n % texts.length]! : replies[n % replies.length]! });
    }
    out.push(dialogue);
  }
  return out;
}
