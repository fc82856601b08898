// Types of the API stand-in (api-standin.mjs), for the unit tests and the bench that use it in-process.
export interface StandinAdmin {
  id: string;
  name: string;
  type?: string;
}
export interface StandinPart {
  id: string;
  type: string;
  direction?: string;
  body: string;
  from?: unknown;
  created: number;
  tag?: string;
}
export interface StandinConversation {
  id: string;
  created: number;
  last_update: number;
  closed: boolean;
  tags: string[];
  assignee: StandinAdmin | null;
  parts: StandinPart[];
  [field: string]: unknown;
}
export interface StandinApp {
  channels: { id: string; name: string; operators: StandinAdmin[] }[];
  conversations: StandinConversation[];
}
export interface Fault {
  path?: RegExp;
  method?: string;
  status?: number;
  body?: unknown;
  type?: string;
  headers?: Record<string, string>;
  times?: number;
  hang?: number;
}
export interface ApiStandin {
  handle(req: { method: string; url: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, string>; text: string }>;
  readonly apps: Record<string, StandinApp>;
  latencyMs: number;
  stats: { requests: number; inFlight: number; peakInFlight: number; byPath: Record<string, number> };
  fail(fault: Fault): void;
  clearFaults(): void;
  revoke(key: string): void;
  restore(key: string): void;
  fetch: typeof fetch;
}
export const STANDIN_TAGS: string[];
export function generateApp(options?: {
  conversations?: number;
  days?: number;
  now?: number;
  untaggedEvery?: number;
  partsPerConversation?: number;
  seed?: number;
  operators?: StandinAdmin[];
}): StandinApp;
export function createApiStandin(options?: { keys?: Record<string, string>; apps?: Record<string, StandinApp> }): ApiStandin;
export function startApiServer(api: ApiStandin, options?: { port?: number; host?: string }): Promise<{ port: number; close(): Promise<void> }>;
