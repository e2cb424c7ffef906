'use client';

import { useEffect, useState } from 'react';
import { BoardWatch, type BoardWatchState } from './BoardWatch';

export interface BoardWatches {
  watches: ReadonlyMap<string, BoardWatch>;
  /** The live state of every watched board, a new map whenever any of them changes. */
  states: ReadonlyMap<string, BoardWatchState>;
}

const NONE: BoardWatches = { watches: new Map(), states: new Map() };

/** One live watch per board, opened on mount and closed when the list changes or the page goes. */
export function useBoardWatches(docNames: readonly string[]): BoardWatches {
  const key = docNames.join('\n');
  const [current, setCurrent] = useState<BoardWatches>(NONE);
  useEffect(() => {
    const watches = new Map(key.split('\n').filter(Boolean).map((docName) => [docName, new BoardWatch(docName)] as const));
    const read = () => setCurrent({ watches, states: new Map([...watches].map(([docName, watch]) => [docName, watch.getState()])) });
    read();
    const stops = [...watches.values()].map((watch) => watch.subscribe(read));
    return () => {
      for (const stop of stops) stop();
      for (const watch of watches.values()) watch.destroy();
    };
  }, [key]);
  return current;
}
