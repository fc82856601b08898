import type { Language } from '../../lib/settings/schema';
import { levelOf, type Coverage, type CoverageLevel, type CoverageTargets, type CoverageWindows } from '../../lib/stats/coverage';
import { percentText } from '../../lib/stats/format';
import { phrase } from '../../lib/i18n/language';
import { popupStrings, type PopupStrings } from './strings';

export interface CoverageTilesProps {
  coverage: CoverageWindows;
  targets: CoverageTargets;
  lang: Language;
}

// The icon and the words carry the level; the colour only repeats them.
const LEVEL_TEXT: Record<CoverageLevel, { icon: string; key: keyof PopupStrings }> = {
  'below-floor': { icon: '▼', key: 'belowFloor' },
  floor: { icon: '●', key: 'floorReached' },
  goal: { icon: '✓', key: 'goalReached' },
};

function Tile({
  label,
  coverage,
  targets,
  testId,
  lang,
}: {
  label: string;
  coverage: Coverage;
  targets: CoverageTargets;
  testId: string;
  lang: Language;
}) {
  const s = popupStrings[lang];
  const level = coverage.ratio === null ? null : levelOf(coverage.ratio, targets);
  return (
    <div
      class={`pp-tile pp-tile--${level ?? 'none'}`}
      data-testid={testId}
      data-level={level ?? 'none'}
      data-tagged={coverage.tagged}
      data-total={coverage.total}
    >
      <div class="pp-tile-label">{label}</div>
      <div class="pp-tile-percent">{percentText(coverage.ratio)}</div>
      <div class="pp-tile-count">
        {coverage.total === 0 ? s.noDialogues : phrase(s.countOf, { tagged: coverage.tagged, total: coverage.total })}
      </div>
      {level && (
        <div class="pp-tile-level">
          <span aria-hidden="true">{LEVEL_TEXT[level].icon}</span> {s[LEVEL_TEXT[level].key]}
        </div>
      )}
    </div>
  );
}

/** Today, 7 and 30 days: percentage, both counts, and where it stands against the team's floor and goal. */
export function CoverageTiles({ coverage, targets, lang }: CoverageTilesProps) {
  const s = popupStrings[lang];
  return (
    <>
      <div class="pp-tiles">
        <Tile label={s.today} coverage={coverage.today} targets={targets} testId="coverage-today" lang={lang} />
        <Tile label={s.d7} coverage={coverage.d7} targets={targets} testId="coverage-7d" lang={lang} />
        <Tile label={s.d30} coverage={coverage.d30} targets={targets} testId="coverage-30d" lang={lang} />
      </div>
      <p class="pp-hint">{phrase(s.targetsLine, { floor: percentText(targets.floor), goal: percentText(targets.goal) })}</p>
    </>
  );
}
