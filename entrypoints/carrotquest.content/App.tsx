import type { SidebarFeature } from '../../components/sidebar/feature';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { StoreContext, type SidebarStore } from '../../components/sidebar/store';

export function App({ store, features }: { store: SidebarStore; features: readonly SidebarFeature[] }) {
  return (
    <StoreContext.Provider value={store}>
      <Sidebar features={features} />
    </StoreContext.Provider>
  );
}
