/** The one database's name, kept apart so code that reads it raw does not load Dexie. */
export const DB_NAME = 'sidekick';
