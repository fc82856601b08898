import type { KeyLabels } from '../teach/key-labels';
import { loadPageTools } from '../teach/tools';

/**
 * The parts' names and what each disables come with the page tools, which the list's "Show me" needs anyway, so
 * the content script does not carry them. Unit tests import them directly (test/unit/setup.ts).
 */
export const importKeyLabels = (): Promise<KeyLabels> => loadPageTools().then((tools) => tools.keyLabels);
