import { type ComponentType, lazy } from 'react';

/**
 * A component whose code loads when it is first rendered: `load` is a feature's loader (its own chunk),
 * `pick` names the component in it. The nearest <Suspense> shows a loading state meanwhile; a link
 * followed in the app keeps the current page until the next one is ready (router updates are transitions).
 */
export function lazyPage<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  return Object.assign(
    lazy(async () => ({ default: pick(await load()) })),
    // Starts loading the code before the component is rendered (see preloadPagesOf).
    { preload: () => void load().catch(() => undefined) },
  );
}

/** True for a component made by lazyPage. */
export function isLazyPage(component: unknown): component is { preload: () => void } {
  return typeof (component as { preload?: unknown } | null)?.preload === 'function';
}
