import type { Language } from '../../lib/settings/schema';
import { phrase } from '../../lib/i18n/language';
import { chartStrings } from './strings';

export interface SparklineProps {
  values: readonly number[];
  /** What the values are, e.g. the tag name; read out with the values. */
  label: string;
  lang: Language;
  width?: number;
  height?: number;
  colour?: string;
}

/** A tiny line of weekly counts for a table row; the numbers stay in the row itself. */
export function Sparkline({ values, label, lang, width = 96, height = 20, colour = '#0072B2' }: SparklineProps) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(2 + i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`);
  const last = points[points.length - 1]?.split(',');
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={phrase(chartStrings[lang].sparkline, { tag: label, values: values.join(', ') })}
    >
      <polyline points={points.join(' ')} fill="none" stroke={colour} stroke-width="1.5" stroke-linejoin="round" />
      {last && <circle cx={last[0]} cy={last[1]} r="2" fill={colour} />}
    </svg>
  );
}
