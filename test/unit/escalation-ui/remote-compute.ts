/**
 * Stands in for the compute proxy of lib/compute/service.ts: each call runs the real
 * `computeService`, with arguments and answers passed through JSON as extension messaging passes
 * them, so a Date or a function crossing the boundary breaks the tests as it would break the
 * extension. Tests can hold answers back, release them in any order, or make calls fail.
 */
import { computeService, type ComputeService } from '../../../lib/compute/implementation';
import type { RemoteCompute } from '../../../lib/compute/service';

type Method = keyof ComputeService;

export interface HeldCall {
  method: Method;
  args: unknown[];
  /** Lets the answer (or the failure) reach the caller. */
  release(): void;
}

interface Control {
  hold: ((method: Method, args: unknown[]) => boolean) | null;
  fail: ((method: Method, args: unknown[]) => string | null) | null;
  held: HeldCall[];
  calls: { method: Method; args: unknown[] }[];
}

export const remote: Control = { hold: null, fail: null, held: [], calls: [] };

export function resetRemote() {
  remote.hold = null;
  remote.fail = null;
  remote.held = [];
  remote.calls = [];
}

export function callsOf(method: Method): unknown[][] {
  return remote.calls.filter((c) => c.method === method).map((c) => c.args);
}

const wire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

async function call(method: Method, args: unknown[]): Promise<unknown> {
  const sent = wire(args);
  remote.calls.push({ method, args: sent });
  if (remote.hold?.(method, sent)) {
    await new Promise<void>((release) => remote.held.push({ method, args: sent, release }));
  }
  const failure = remote.fail?.(method, sent);
  if (failure) throw new Error(failure);
  const run = computeService[method] as (...a: unknown[]) => unknown;
  return wire(await run(...sent));
}

export const remoteCompute = Object.fromEntries(
  (Object.keys(computeService) as Method[]).map((method) => [method, (...args: unknown[]) => call(method, args)]),
) as unknown as RemoteCompute;
