import { useEffect, useReducer, useRef } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * Subscribes a component to one slice of a zustand store: it renders again only when the slice
 * changes (by Object.is). Written on Preact's own hooks, so the content script carries no React
 * compatibility layer for zustand's React binding.
 */
export function useStore<T, S>(store: StoreApi<T>, select: (state: T) => S): S {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selected = select(store.getState());
  const latest = useRef({ select, selected });
  latest.current = { select, selected };
  useEffect(() => {
    const check = (state: T) => {
      if (!Object.is(latest.current.select(state), latest.current.selected)) rerender(0);
    };
    const unsubscribe = store.subscribe(check);
    // Effects run after paint: a change between this render and the subscription must not be missed.
    check(store.getState());
    return unsubscribe;
  }, [store]);
  return selected;
}

/**
 * State that a feature's components share but the sidebar store does not carry (the complexity the
 * operator chose, the reply language): one store per `owner` (the sidebar store), so each mounted
 * sidebar, and each test, starts clean.
 */
export function sideStore<T, Owner extends object = object>(make: () => T) {
  const stores = new WeakMap<Owner, StoreApi<T>>();
  return (owner: Owner): StoreApi<T> => {
    let s = stores.get(owner);
    if (!s) {
      s = createStore<T>()(make);
      stores.set(owner, s);
    }
    return s;
  };
}
