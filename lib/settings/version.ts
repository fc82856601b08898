/**
 * The settings document's version this build writes. Each step up has a migration in migrate.ts and an
 * example file of the version it leaves in test/fixtures/settings/; a file from a newer version is refused.
 */
export const SETTINGS_VERSION = 2;
