import { vi } from 'vitest';
import { repliesTriageCompute, withLearnedComplexity } from '../../../lib/compute/replies-triage';

type Service = typeof repliesTriageCompute;
export type Method = keyof Service;

/** Messaging hands over JSON copies: anything that does not survive that fails here as it would there. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface Held {
  method: Method;
  input: unknown;
  release(): void;
}

/**
 * The background as the sidebar's sections reach it: the real compute functions behind a copy of each
 * argument and answer. Tests can hold answers back (to deliver them late, out of order), make a method
 * fail, and set the learned complexity state the background holds.
 */
export const background = {
  learned: undefined as unknown,
  failing: new Map<Method, string>(),
  /** While set, calls it returns true for wait in `held` until released. */
  hold: null as ((method: Method, input: any) => boolean) | null,
  held: [] as Held[],
  calls: [] as { method: Method; input: any }[],
  reset() {
    this.learned = undefined;
    this.failing.clear();
    this.hold = null;
    this.held = [];
    this.calls = [];
  },
  callsOf(method: Method) {
    return this.calls.filter((c) => c.method === method).map((c) => c.input);
  },
};

const service = withLearnedComplexity(repliesTriageCompute, () => background.learned);

function method<M extends Method>(name: M) {
  return vi.fn(async (input: Parameters<Service[M]>[0]) => {
    const sent = wire(input);
    background.calls.push({ method: name, input: sent });
    if (background.hold?.(name, sent)) await new Promise<void>((release) => background.held.push({ method: name, input: sent, release }));
    const failure = background.failing.get(name);
    if (failure) throw new Error(failure);
    const run = service[name] as (input: unknown) => unknown;
    return wire(await run(sent)) as Awaited<ReturnType<Service[M]>>;
  });
}

export const fakeRemote = {
  repliesView: method('repliesView'),
  prepareInsert: method('prepareInsert'),
  rateComplexity: method('rateComplexity'),
};

/** Stands in for components/replies/remote.ts. */
export const remoteModule = { remoteRepliesTriage: () => fakeRemote };
