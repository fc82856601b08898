/** API mode's defaults, apart from the schema so the content script reads them without the validator. */
export interface ApiSettingsShape {
  requestsPerMinute: number;
  tagsVia: 'fallback' | 'always';
  historyDays: number;
}

export const defaultApiSettings = (): ApiSettingsShape => ({ requestsPerMinute: 600, tagsVia: 'fallback', historyDays: 90 });
