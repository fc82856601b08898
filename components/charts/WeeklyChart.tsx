import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { Language } from '../../lib/settings/schema';
import type { DayKey } from '../../lib/stats/day';
import { shortDay } from '../../lib/stats/format';
import { phrase } from '../../lib/i18n/language';
import { SERIES_COLOURS } from './colours';
import { chartStrings } from './strings';
import { VisuallyHidden } from './VisuallyHidden';

export interface WeeklySeries {
  name: string;
  /** One count per week, oldest first. */
  values: readonly number[];
}

export interface WeeklyChartProps {
  /** ISO week names ('2025-W12'), oldest first. */
  weeks: readonly string[];
  /** The Monday of each week, for the axis. */
  weekStarts: readonly DayKey[];
  series: readonly WeeklySeries[];
  lang: Language;
  width?: number;
  height?: number;
}

const PAD = { left: 30, right: 8, top: 8, bottom: 18 };

type Marker = (x: number, y: number, colour: string) => JSX.Element;

// A shape per series, so lines stay apart without colour.
const MARKERS: Marker[] = [
  (x, y, c) => <circle cx={x} cy={y} r="3" fill={c} />,
  (x, y, c) => <rect x={x - 3} y={y - 3} width="6" height="6" fill={c} />,
  (x, y, c) => <path d={`M${x},${y - 3.5} L${x + 3.5},${y + 3} L${x - 3.5},${y + 3} Z`} fill={c} />,
  (x, y, c) => <path d={`M${x},${y - 4} L${x + 4},${y} L${x},${y + 4} L${x - 4},${y} Z`} fill={c} />,
  (x, y, c) => <circle cx={x} cy={y} r="3" fill="#fff" stroke={c} stroke-width="1.5" />,
  (x, y, c) => <rect x={x - 3} y={y - 3} width="6" height="6" fill="#fff" stroke={c} stroke-width="1.5" />,
  (x, y, c) => <path d={`M${x - 3},${y - 3} L${x + 3},${y + 3} M${x + 3},${y - 3} L${x - 3},${y + 3}`} stroke={c} stroke-width="1.5" />,
];
const MARKER_SYMBOLS = ['●', '■', '▲', '◆', '○', '□', '✕'];
/** The modulo keeps the index in range. */
const markerOf = (k: number): Marker => MARKERS[k % MARKERS.length]!;

/** Nice round top for the y axis: 1, 2, 5, 10, 20, 50... at or above `max`. */
function axisTop(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * magnitude >= max) return m * magnitude;
  return 10 * magnitude;
}

/** Weekly counts of a few tags as lines, a legend, and the same figures as a table for screen readers. */
export function WeeklyChart({ weeks, weekStarts, series, lang, width = 640, height = 220 }: WeeklyChartProps) {
  const s = chartStrings[lang];
  const id = useId();
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const top = axisTop(Math.max(0, ...series.flatMap((x) => x.values)));
  const step = weeks.length > 1 ? plotW / (weeks.length - 1) : 0;
  const x = (i: number) => PAD.left + i * step;
  const y = (v: number) => PAD.top + (1 - v / top) * plotH;
  const title = phrase(s.weeklyTitle, { weeks: weeks.length });
  const colour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length]!; // the modulo keeps it in range

  return (
    <figure data-testid="trends-chart" style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        style={{ display: 'block', maxWidth: `${width}px` }}
      >
        <title id={`${id}-title`}>{title}</title>
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} stroke={v === 0 ? '#8a90a6' : '#e0e3ec'} stroke-width="1" />
            <text x={PAD.left - 4} y={y(v)} font-size="10" text-anchor="end" dominant-baseline="middle" fill="#5a6078">
              {Number.isInteger(v) ? v : v.toFixed(1)}
            </text>
          </g>
        ))}
        {weekStarts.map((d, i) =>
          i % 2 === (weekStarts.length - 1) % 2 ? (
            <text
              key={d}
              x={x(i)}
              y={height - 4}
              font-size="10"
              // The outermost labels align inwards so they are not cut at the edges.
              text-anchor={i === 0 ? 'start' : i === weekStarts.length - 1 ? 'end' : 'middle'}
              fill="#5a6078"
            >
              {shortDay(d, lang)}
            </text>
          ) : null,
        )}
        {series.map((line, k) => (
          <g key={line.name}>
            <polyline
              points={line.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
              fill="none"
              stroke={colour(k)}
              stroke-width="2"
              stroke-linejoin="round"
            />
            {line.values.map((v, i) => (
              <g key={i}>
                {markerOf(k)(x(i), y(v), colour(k))}
                <title>{`${line.name}, ${weeks[i]}: ${v}`}</title>
              </g>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '4px 16px', padding: 0, margin: '6px 0 0' }}>
          {series.map((line, k) => (
            <li key={line.name} style={{ display: 'flex', alignItems: 'center', gap: '4px' }}>
              <span aria-hidden="true" style={{ color: colour(k) }}>
                {MARKER_SYMBOLS[k % MARKER_SYMBOLS.length]}
              </span>
              {line.name}
            </li>
          ))}
        </ul>
      </figcaption>
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{s.tag}</th>
              {weeks.map((w) => (
                <th scope="col" key={w}>
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((line) => (
              <tr key={line.name}>
                <th scope="row">{line.name}</th>
                {line.values.map((v, i) => (
                  <td key={i}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
