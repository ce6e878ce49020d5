import { describe, expect, it, vi } from 'vitest';
import { isLazyPage, lazyPage } from './lazy-page';

describe('lazyPage', () => {
  it('starts loading the code when preloaded, before any render', () => {
    const Page = () => null;
    const load = vi.fn(() => Promise.resolve({ Page }));
    const LazyPage = lazyPage(load, (module) => module.Page);
    expect(load).not.toHaveBeenCalled();
    expect(isLazyPage(LazyPage)).toBe(true);
    expect(isLazyPage(() => null)).toBe(false);
    LazyPage.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves a failed preload to the render, which shows the error', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    const LazyPage = lazyPage(load, () => () => null);
    expect(() => LazyPage.preload()).not.toThrow();
    await Promise.resolve();
  });
});
