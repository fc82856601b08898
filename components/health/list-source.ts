import type { PageToolsApi } from '../teach/tools';
import { loadPageTools } from '../teach/tools';

/**
 * The list of missing parts comes with the page tools, which its "Show me" buttons need anyway, so the content
 * script carries neither the parts' names nor the list. Unit tests build it directly (test/unit/setup.ts).
 */
export const importHealthList = (): Promise<PageToolsApi['healthList']> => loadPageTools().then((tools) => tools.healthList);
