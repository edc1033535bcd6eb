import type { GlossApi } from '../../core/api/contract';

declare global {
  interface Window {
    /** Installed by the preload (or, in tests, by the browser harness). */
    readonly gloss?: GlossApi;
  }
}

/** The renderer's only way to reach the services. */
export function glossApi(): GlossApi {
  if (!window.gloss) throw new Error('Gloss API is missing: the preload script did not run');
  return window.gloss;
}
