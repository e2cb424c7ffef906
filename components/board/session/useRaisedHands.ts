'use client';

import { useCallback, useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { HAND_FIELD, LOWER_HANDS_FIELD, readBoardPeers, readHand, readLowerHands, type RaisedHand } from '@/lib/session/awarenessState';
import { isLoweredBy, raisedHands, withLowerRequest, type HandUp } from '@/lib/session/hands';

export interface RaisedHandsState {
  /** This person's own hand, if up. */
  ownHand: RaisedHand | null;
  setOwnHand(up: boolean): void;
  /** Everyone's hands up on this board (for the facilitator). */
  hands: HandUp[];
  /** Facilitator: ask the raiser's device to lower that hand. */
  lower(hand: HandUp): void;
}

/**
 * Raised hands on one board, in awareness only: nothing is stored, and a hand goes away with the
 * device that raised it. The raiser's device lowers its own hand when a facilitator asks.
 */
export function useRaisedHands(provider: WebsocketProvider | null, userId: string): RaisedHandsState {
  const [ownHand, setOwnHandState] = useState<RaisedHand | null>(null);
  const [hands, setHands] = useState<HandUp[]>([]);

  useEffect(() => {
    if (!provider) return;
    const awareness = provider.awareness;
    const read = () => {
      const peers = readBoardPeers(awareness.getStates());
      const mine = readHand(awareness.getLocalState()?.[HAND_FIELD]);
      if (mine && isLoweredBy(peers, userId, mine)) {
        awareness.setLocalStateField(HAND_FIELD, null);
        setOwnHandState(null);
      } else {
        // Cursor moves change awareness many times a second: keep the same hand object.
        setOwnHandState((current) => (current?.raisedAt === mine?.raisedAt ? current : mine));
      }
      setHands((current) => {
        const next = raisedHands(peers);
        return JSON.stringify(current) === JSON.stringify(next) ? current : next;
      });
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider, userId]);

  const setOwnHand = useCallback(
    (up: boolean) => {
      if (!provider) return;
      const hand: RaisedHand | null = up ? { raisedAt: Date.now() } : null;
      provider.awareness.setLocalStateField(HAND_FIELD, hand);
      setOwnHandState(hand);
    },
    [provider],
  );

  const lower = useCallback(
    (hand: HandUp) => {
      if (!provider) return;
      const awareness = provider.awareness;
      const current = readLowerHands(awareness.getLocalState()?.[LOWER_HANDS_FIELD]);
      awareness.setLocalStateField(LOWER_HANDS_FIELD, withLowerRequest(current, hand.userId, hand.raisedAt));
    },
    [provider],
  );

  return { ownHand, setOwnHand, hands, lower };
}
