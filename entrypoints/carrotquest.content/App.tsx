import { EscalateSection } from '../../components/escalation/EscalateSection';
import { RepliesSection } from '../../components/replies/RepliesSection';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { StoreContext, type SidebarStore } from '../../components/sidebar/store';
import { ComplexitySection } from '../../components/triage/ComplexitySection';

export function App({ store }: { store: SidebarStore }) {
  return (
    <StoreContext.Provider value={store}>
      <Sidebar onDismissReminder={() => store.setState({ reminder: null })}>
        <ComplexitySection />
        <RepliesSection />
        <EscalateSection />
      </Sidebar>
    </StoreContext.Provider>
  );
}
