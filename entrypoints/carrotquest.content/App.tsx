import { EscalateSection } from '../../components/escalation/EscalateSection';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { StoreContext, type SidebarStore } from '../../components/sidebar/store';

export function App({ store }: { store: SidebarStore }) {
  return (
    <StoreContext.Provider value={store}>
      <Sidebar onDismissReminder={() => store.setState({ reminder: null })}>
        <EscalateSection />
      </Sidebar>
    </StoreContext.Provider>
  );
}
