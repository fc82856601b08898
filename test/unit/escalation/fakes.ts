import type { DialogueMessage } from '../../../lib/carrotquest/snapshot';
import type { SecretSpanLike } from '../../../lib/escalation/customer-excerpt';

/** A stand-in for lib/secrets/detect: the value after "password: " is a secret. */
export function fakeFindSecrets(text: string): SecretSpanLike[] {
  const spans: SecretSpanLike[] = [];
  for (const m of text.matchAll(/password: (\S+)/g)) {
    const [whole, value = ''] = m;
    const start = m.index + whole.length - value.length;
    spans.push({ kind: 'password', start, end: start + value.length });
  }
  return spans;
}

export const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
export const operator = (text: string): DialogueMessage => ({ fromCustomer: false, text });

/** Every way a customer could try to ping or link in Slack. */
export const CONTROL_SEQUENCES = [
  '@here',
  '@channel',
  '@everyone',
  '@ivan.petrov',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123ABC>',
  '<#C123ABC>',
  '<!subteam^S0123|devs>',
  '<https://evil.example/x|click here>',
  '<!date^1392734382^{date}|Feb 18>',
];

/** Would Slack's client turn this into a mention when pasted? (an `@` directly followed by a name) */
export function hasLiveMention(text: string): boolean {
  return /@[\p{L}\p{N}._-]/u.test(text);
}

/** Would the API read a control sequence? (`<` directly followed by what starts one) */
export function hasLiveControl(text: string): boolean {
  return /<[!@#]|<https?:|<mailto:/i.test(text);
}
