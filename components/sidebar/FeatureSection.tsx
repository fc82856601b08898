import { useContext, useErrorBoundary } from 'preact/hooks';
import { errorMessage } from '../shared/latest';
import type { SidebarFeature } from './feature';
import { StoreContext, useSidebar } from './store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

const errorText = (e: unknown) => errorMessage(e, 'unknown error');

/**
 * One feature's section, fenced off: when it throws while rendering, or its feature stopped after an
 * error, the section says so in its place and the rest of the sidebar goes on.
 */
export function FeatureSection({ feature }: { feature: SidebarFeature }) {
  const t = usePhrases(strings);
  const store = useContext(StoreContext);
  const lang = useSidebar((s) => s.lang);
  const failure = useSidebar((s) => s.failed[feature.id] ?? null);
  const [caught] = useErrorBoundary((e: unknown) => {
    console.debug(`[sidekick] feature "${feature.id}" failed to render`, e);
    store?.setState((s) =>
      s.failed[feature.id] ? s : { failed: { ...s.failed, [feature.id]: { label: feature.label, message: errorText(e) } } },
    );
  });
  const message = failure?.message ?? (caught ? errorText(caught) : null);
  if (message !== null) {
    return (
      <section class="sk-section sk-feature-error" data-testid="feature-error" data-feature={feature.id} role="alert">
        <p class="sk-flag">{t('featureFailed', { name: feature.label[lang], msg: message })}</p>
      </section>
    );
  }
  const { Section } = feature;
  return Section ? <Section /> : null;
}
