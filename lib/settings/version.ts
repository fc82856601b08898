/** The settings document's version this build writes; a file from a newer version is refused. */
export const SETTINGS_VERSION = 1;
