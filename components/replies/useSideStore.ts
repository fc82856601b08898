import { useContext, useEffect, useReducer, useRef } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { StoreContext, type SidebarStore } from '../sidebar/store';

/**
 * State that two feature sections share (the complexity the operator chose, the reply language) but
 * the sidebar store does not carry. One per sidebar store, so each mounted sidebar, and each test,
 * starts clean.
 */
export function sideStore<T>(make: () => T) {
  const stores = new WeakMap<SidebarStore, StoreApi<T>>();
  return (sidebar: SidebarStore): StoreApi<T> => {
    let s = stores.get(sidebar);
    if (!s) {
      s = createStore<T>()(make);
      stores.set(sidebar, s);
    }
    return s;
  };
}

/** The sidebar store from context; feature sections render only inside the sidebar. */
export function useSidebarStore(): SidebarStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Sidebar store missing');
  return store;
}

/** Subscribes to one slice of a side store, as `useSidebar` does for the sidebar's own. */
export function useSideStore<T, S>(store: StoreApi<T>, select: (s: T) => S): S {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selected = select(store.getState());
  const latest = useRef({ select, selected });
  latest.current = { select, selected };
  useEffect(
    () =>
      store.subscribe((state) => {
        if (!Object.is(latest.current.select(state), latest.current.selected)) rerender(0);
      }),
    [store],
  );
  return selected;
}
