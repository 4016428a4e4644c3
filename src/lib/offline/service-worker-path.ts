/**
 * The service worker's file, relative to the base path. A module of its own so that the registration, which
 * every page runs, bundles this one string and not the offline page's code.
 */
export const SERVICE_WORKER_PATH = 'sw.js';
