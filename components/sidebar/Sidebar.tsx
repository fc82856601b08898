import type { ComponentChildren } from 'preact';
import { CustomerSection } from './CustomerSection';
import { HealthLine } from './HealthLine';
import { LinkSection } from './LinkSection';
import { ReminderCard } from './ReminderCard';
import { SuggestionsSection } from './SuggestionsSection';
import { TagsSection } from './TagsSection';
import { useSidebar } from './store';
import { useT } from './useT';

export interface SidebarProps {
  /** Feature sections added by later features (replies, triage, escalation), in order. */
  children?: ComponentChildren;
  onDismissReminder: () => void;
}

export function Sidebar({ children, onDismissReminder }: SidebarProps) {
  const t = useT();
  const collapsed = useSidebar((s) => s.collapsed);
  const snap = useSidebar((s) => s.snapshot);
  const toast = useSidebar((s) => s.toast);
  const setCollapsed = useSidebar((s) => s.actions.setCollapsed);
  const lang = useSidebar((s) => s.lang);

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
        <button type="button" class="sk-btn sk-btn--icon" aria-label={t('collapse')} title={t('collapse')} onClick={() => setCollapsed(true)}>
          ›
        </button>
      </header>
      <div class="sk-body">
        <ReminderCard onDismiss={onDismissReminder} />
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
            <TagsSection />
            <SuggestionsSection />
            {children}
          </>
        )}
      </div>
      <HealthLine />
    </aside>
  );
}
