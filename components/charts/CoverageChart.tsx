import { useId } from 'preact/hooks';
import type { Language } from '../../lib/settings/schema';
import { levelOf, type CoverageTargets, type DailyCoverage } from '../../lib/stats/coverage';
import { dayOfMonth, percentText, shortDay } from '../../lib/stats/format';
import { phrase } from '../../lib/i18n/language';
import { FLOOR_COLOUR, GOAL_COLOUR, LEVEL_COLOUR, NO_DATA_COLOUR } from './colours';
import { chartStrings } from './strings';
import { VisuallyHidden } from './VisuallyHidden';

export interface CoverageChartProps {
  /** One point per day, oldest first (dailyCoverage / popupData().daily14). */
  points: readonly DailyCoverage[];
  targets: CoverageTargets;
  lang: Language;
  /** Drawing size in SVG units; the chart scales to its container's width. */
  width?: number;
  height?: number;
}

const PAD = { left: 30, right: 4, top: 6, bottom: 16 };

/** Daily coverage bars against the floor and goal lines, with a table of the same figures for screen readers. */
export function CoverageChart({ points, targets, lang, width = 340, height = 116 }: CoverageChartProps) {
  const s = chartStrings[lang];
  const id = useId();
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, points.length);
  const barW = Math.max(2, slot * 0.66);
  const y = (r: number) => PAD.top + (1 - r) * plotH;
  const baseline = y(0);
  const withData = points.filter((p) => p.ratio !== null);
  const title = phrase(s.coverageTitle, { days: points.length });
  const summary = phrase(s.coverageSummary, {
    floor: percentText(targets.floor),
    goal: percentText(targets.goal),
    withData: withData.length,
    atGoal: withData.filter((p) => levelOf(p.ratio as number, targets) === 'goal').length,
    belowFloor: withData.filter((p) => levelOf(p.ratio as number, targets) === 'below-floor').length,
  });
  const dayText = (p: DailyCoverage) =>
    p.ratio === null
      ? phrase(s.coverageNone, { day: shortDay(p.day, lang) })
      : phrase(s.coverageDay, { day: shortDay(p.day, lang), percent: percentText(p.ratio), tagged: p.tagged, total: p.total });
  // Floor and goal are often close (70% and 80%): their labels are pushed apart so they stay readable.
  const labelGap = Math.max(0, 10 - (y(targets.floor) - y(targets.goal))) / 2;
  const targetLines =
    targets.floor === targets.goal
      ? [{ r: targets.goal, colour: GOAL_COLOUR, labelY: y(targets.goal) }]
      : [
          { r: targets.floor, colour: FLOOR_COLOUR, labelY: y(targets.floor) + labelGap },
          { r: targets.goal, colour: GOAL_COLOUR, labelY: y(targets.goal) - labelGap },
        ];

  return (
    <figure data-testid="coverage-chart" style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ display: 'block', maxWidth: `${width * 1.5}px`, fontFamily: 'inherit' }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line x1={PAD.left} x2={width - PAD.right} y1={baseline} y2={baseline} stroke="#8a90a6" stroke-width="1" />
        <text x={PAD.left - 4} y={baseline} font-size="9" text-anchor="end" dominant-baseline="middle" fill="#5a6078">
          0%
        </text>
        {targetLines.map(({ r, colour, labelY }) => (
          <g key={r}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y(r)} y2={y(r)} stroke={colour} stroke-width="1" stroke-dasharray="4 3" />
            <text x={PAD.left - 4} y={labelY} font-size="9" text-anchor="end" dominant-baseline="middle" fill={colour}>
              {percentText(r)}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          // Zero coverage still gets a sliver, so it differs from a day without dialogues (a grey dash).
          const top = p.ratio === null ? baseline - 1 : Math.min(y(p.ratio), baseline - 2);
          const fill = p.ratio === null ? NO_DATA_COLOUR : LEVEL_COLOUR[levelOf(p.ratio, targets)];
          const label = (points.length - 1 - i) % 2 === 0;
          return (
            <g key={p.day}>
              <rect x={x} y={top} width={barW} height={baseline - top} fill={fill} rx="1">
                <title>{dayText(p)}</title>
              </rect>
              {label && (
                <text x={x + barW / 2} y={height - 4} font-size="9" text-anchor="middle" fill="#5a6078">
                  {dayOfMonth(p.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{s.day}</th>
              <th scope="col">{s.coverage}</th>
              <th scope="col">{s.dialogues}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <th scope="row">{shortDay(p.day, lang)}</th>
                <td>{percentText(p.ratio)}</td>
                <td>{p.total === 0 ? '—' : `${p.tagged} / ${p.total}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
