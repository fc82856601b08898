import { CustomerSection } from './CustomerSection';
import type { FeatureSlot, SidebarFeature } from './feature';
import { FeatureSection } from './FeatureSection';
import { Fold } from './Fold';
import { GlanceBar } from './GlanceBar';
import { LinkSection } from './LinkSection';
import { Notices } from './Notices';
import { PageStateLine } from './PageStateLine';
import { ResizeHandle } from './ResizeHandle';
import { ToastLine } from './ToastLine';
import { retagOf, useSidebar } from './store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

export interface SidebarProps {
  /** The features whose sections the sidebar shows, in order (entrypoints/carrotquest.content/features.ts). */
  features: readonly SidebarFeature[];
}

/**
 * The sidebar's frame: a header naming whose dialogue it is, a sticky bar with what the operator acts
 * on and the one message line, then the notes and each feature's section folding under its title.
 */
export function Sidebar({ features }: SidebarProps) {
  const t = usePhrases(strings);
  const collapsed = useSidebar((s) => s.collapsed);
  const snap = useSidebar((s) => s.snapshot);
  const retag = useSidebar(retagOf);
  const toast = useSidebar((s) => s.toast);
  const reminder = useSidebar((s) => s.reminder);
  const setCollapsed = useSidebar((s) => s.actions.setCollapsed);
  const lang = useSidebar((s) => s.lang);
  const layout = useSidebar((s) => s.layout);
  const inSlot = (slot: FeatureSlot) => features.filter((f) => (f.slot ?? 'dialogue') === slot);
  const sections = (slot: FeatureSlot) => inSlot(slot).map((f) => <FeatureSection key={f.id} feature={f} />);

  if (collapsed) {
    return (
      <aside class="sk sk--collapsed" data-testid="sidebar" data-collapsed="true" data-layout="strip" lang={lang}>
        <button
          type="button"
          class="sk-strip"
          aria-label={t('expand')}
          title={reminder ? t('reminderTitle') : t('expand')}
          onClick={() => setCollapsed(false)}
        >
          <span aria-hidden="true">‹</span>
          <span class="sk-strip__label">{t('title')}</span>
          {snap?.id && (snap.tags.length === 0 || retag) && <span class="sk-strip__dot" title={t('untagged')} aria-label={t('untagged')} />}
          {reminder && (
            <span class="sk-strip__reminder" data-testid="strip-reminder" title={t('reminderTitle')} aria-label={t('reminderTitle')}>
              ⚑
            </span>
          )}
        </button>
      </aside>
    );
  }

  return (
    <aside
      class={layout.side === 'left' ? 'sk sk--left' : 'sk'}
      style={{ width: `${layout.width}px` }}
      data-testid="sidebar"
      data-collapsed="false"
      data-layout={layout.mode}
      lang={lang}
    >
      <ResizeHandle />
      <header class="sk-header">
        <div class="sk-header__main">
          <span class="sk-title">{t('title')}</span>
          {snap?.id && (
            <span class="sk-header__who" title={[snap.customer.name, snap.customer.email].filter(Boolean).join(' · ')}>
              <span data-testid="customer-name">{snap.customer.name ?? '—'}</span>
              {snap.customer.email && (
                <>
                  {' · '}
                  <span data-testid="customer-email">{snap.customer.email}</span>
                </>
              )}
            </span>
          )}
        </div>
        <button
          type="button"
          class="sk-btn sk-btn--icon"
          data-testid="sidebar-collapse"
          aria-label={t('collapse')}
          title={t('collapse')}
          onClick={() => setCollapsed(true)}
        >
          {layout.side === 'left' ? '‹' : '›'}
        </button>
      </header>
      <div class="sk-body">
        <div class="sk-top">
          <GlanceBar />
          {toast && <ToastLine toast={toast} />}
        </div>
        {sections('top')}
        <Notices />
        <PageStateLine />
        {!snap?.id ? (
          <p class="sk-muted sk-empty">{t('noDialogue')}</p>
        ) : (
          <>
            <Fold id="notes" title={t('foldNotes')}>
              <CustomerSection />
            </Fold>
            {/* A feature without a section of its own (work beside the page) gets no empty fold; its failure still shows. */}
            {inSlot('dialogue').map((f) =>
              f.Section ? (
                <Fold key={f.id} id={f.id} title={f.title ?? f.label}>
                  <FeatureSection feature={f} />
                </Fold>
              ) : (
                <FeatureSection key={f.id} feature={f} />
              ),
            )}
            <LinkSection />
          </>
        )}
      </div>
      {sections('footer')}
    </aside>
  );
}
