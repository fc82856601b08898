import { CustomerSection } from './CustomerSection';
import type { FeatureSlot, SidebarFeature } from './feature';
import { FeatureSection } from './FeatureSection';
import { LinkSection } from './LinkSection';
import { Notices } from './Notices';
import { PageStateLine } from './PageStateLine';
import { useSidebar } from './store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

export interface SidebarProps {
  /** The features whose sections the sidebar shows, in order (entrypoints/carrotquest.content/features.ts). */
  features: readonly SidebarFeature[];
}

/** The sidebar's frame: the dialogue's header (customer, notes, link) and each feature's section in its slot. */
export function Sidebar({ features }: SidebarProps) {
  const t = usePhrases(strings);
  const collapsed = useSidebar((s) => s.collapsed);
  const snap = useSidebar((s) => s.snapshot);
  const toast = useSidebar((s) => s.toast);
  const setCollapsed = useSidebar((s) => s.actions.setCollapsed);
  const lang = useSidebar((s) => s.lang);
  const sections = (slot: FeatureSlot) =>
    features.filter((f) => (f.slot ?? 'dialogue') === slot).map((f) => <FeatureSection key={f.id} feature={f} />);

  if (collapsed) {
    return (
      <aside class="sk sk--collapsed" data-testid="sidebar" data-collapsed="true" lang={lang}>
        <button type="button" class="sk-strip" aria-label={t('expand')} title={t('expand')} onClick={() => setCollapsed(false)}>
          <span aria-hidden="true">‹</span>
          <span class="sk-strip__label">{t('title')}</span>
          {snap?.id && snap.tags.length === 0 && <span class="sk-strip__dot" title={t('untagged')} aria-label={t('untagged')} />}
        </button>
      </aside>
    );
  }

  return (
    <aside class="sk" data-testid="sidebar" data-collapsed="false" lang={lang}>
      <header class="sk-header">
        <span class="sk-title">{t('title')}</span>
        <button
          type="button"
          class="sk-btn sk-btn--icon"
          aria-label={t('collapse')}
          title={t('collapse')}
          onClick={() => setCollapsed(true)}
        >
          ›
        </button>
      </header>
      <div class="sk-body">
        {sections('top')}
        <Notices />
        <PageStateLine />
        {toast && (
          <p class={`sk-toast sk-toast--${toast.kind}`} data-testid="toast" role={toast.kind === 'error' ? 'alert' : 'status'}>
            {toast.text}
          </p>
        )}
        {!snap?.id ? (
          <p class="sk-muted sk-empty">{t('noDialogue')}</p>
        ) : (
          <>
            <CustomerSection />
            <LinkSection />
            {sections('dialogue')}
          </>
        )}
      </div>
      {sections('footer')}
    </aside>
  );
}
