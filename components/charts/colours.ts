import type { CoverageLevel } from '../../lib/stats/coverage';

/** Coverage levels: colour only repeats what the text and the floor/goal lines already say. */
export const LEVEL_COLOUR: Record<CoverageLevel, string> = {
  'below-floor': '#c0392b',
  floor: '#b9770e',
  goal: '#1e8449',
};

export const NO_DATA_COLOUR = '#b8bcc8';
export const FLOOR_COLOUR = '#b9770e';
export const GOAL_COLOUR = '#1e8449';

/** Okabe-Ito: told apart with the common colour-vision deficiencies; each series also gets its own marker. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
