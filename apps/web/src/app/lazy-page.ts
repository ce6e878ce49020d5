import { type ComponentType, lazy } from 'react';

/**
 * A component whose code loads when it is first rendered: `load` is a feature's loader (its own chunk),
 * `pick` names the component in it. The nearest <Suspense> shows a loading state meanwhile; a link
 * followed in the app keeps the current page until the next one is ready (router updates are transitions).
 */
export function lazyPage<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  return lazy(async () => ({ default: pick(await load()) }));
}
