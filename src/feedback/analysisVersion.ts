import { createHash } from 'node:crypto';
import type { ThemeDefinition } from './themes/themeDefinitions.js';

/**
 * The version of the analysis code itself: raise it when the analyser's rules change
 * (sentence splitting, aspect scores, excerpts, the theme matcher's rules), so stored analyses
 * are recomputed. 2: theme exclusions (`!phrase`), neutral phrases and exclusions of either
 * language applying to both, more words never stemmed; aspects scored per clause
 * (splitClauses), not per sentence.
 */
export const ANALYSER_REVISION = 2;

/**
 * The version stamped on every stored analysis: a short hash of the analyser revision, the
 * sentiment model's version and the theme definitions in force. Any change to one of them
 * makes every stored analysis out of date, and the next refresh recomputes them.
 *
 * @example analysisVersion('a1b2', DEFAULT_THEMES) // '3f9c0e…' (16 hex digits)
 */
export function analysisVersion(modelVersion: string, themes: readonly ThemeDefinition[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ analyser: ANALYSER_REVISION, model: modelVersion, themes }))
    .digest('hex')
    .slice(0, 16);
}
