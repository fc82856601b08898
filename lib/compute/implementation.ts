/**
 * The functions the sidebar calls through the compute service. Arguments and results cross
 * extension messaging, so they are plain data: no functions, no class instances.
 * Imported by the background only (the content script imports its type alone).
 */
export const computeService = {};

export type ComputeService = typeof computeService;
