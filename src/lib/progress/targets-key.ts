/**
 * Where targets are stored: a module of its own, so the progress page can check for targets on load
 * without loading the code that reads them (src/lib/progress/targets.ts).
 */

/** Version of the stored targets format. */
export const TARGETS_VERSION = 1;
/** The localStorage key targets live under, next to progress. */
export const TARGETS_KEY = `pbr:targets:v${TARGETS_VERSION}`;
