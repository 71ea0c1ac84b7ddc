import { useEffect, useRef, useState } from 'react';
import { analyticsKeyOf, applyAnalyticsUpdate, type BookAnalytics } from '../../shared/positionAnalytics.ts';
import { getApi } from '../api/getApi.ts';

/**
 * Every position's value, greeks and margin contribution, kept current: read once, then after
 * each book change and margin run only the positions whose figures changed are fetched and
 * merged (unchanged positions keep their objects, so the grid redraws only what moved).
 */
export function usePositionAnalytics(): BookAnalytics | null {
  const [analytics, setAnalytics] = useState<BookAnalytics | null>(null);
  const held = useRef<BookAnalytics | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const since = held.current ? analyticsKeyOf(held.current) : undefined;
    getApi()
      .getPositionAnalytics(since ? { since } : {})
      .then(
        (update) => {
          if (!live) return;
          const next = applyAnalyticsUpdate(held.current, update);
          held.current = next;
          if (next === null) return setTick((t) => t + 1); // changes since other figures: ask for all
          setAnalytics(next);
        },
        // The figures are an addition to the book; a failed read leaves the last ones shown until the next change.
        (error: unknown) => console.warn('Scanline: position figures could not be read.', error),
      );
    return () => {
      live = false;
    };
  }, [tick]);
  useEffect(() => {
    const refresh = () => setTick((t) => t + 1);
    const offs = [getApi().on('bookChanged', refresh), getApi().on('marginUpdated', refresh)];
    return () => offs.forEach((off) => off());
  }, []);
  return analytics;
}
