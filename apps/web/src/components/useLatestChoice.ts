import { useEffect, useState } from 'react';

/**
 * A choice kept in the address changes in a router transition, after the click that made it, so a quick
 * second click would build on the old value. This holds the latest choice at once, and follows the
 * address whenever it changes (`key` tells two values apart).
 */
export function useLatestChoice<T>(chosen: T, key: (value: T) => string): [T, (next: T) => void] {
  const [latest, setLatest] = useState(chosen);
  const chosenKey = key(chosen);
  // Compared by key: a new object for the same choice changes nothing.
  useEffect(() => setLatest(chosen), [chosenKey]);
  return [latest, setLatest];
}
