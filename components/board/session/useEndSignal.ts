'use client';

import { useEffect, useRef, type RefObject } from 'react';

/**
 * A gentle signal when the timer runs out while this page watches it: the element pulses, and a
 * short tone sounds if the page already had a user gesture (browsers refuse audio before one,
 * and an unexpected sound in a quiet room is worse than none). A timer found already finished on
 * page load does not signal.
 */
export function useEndSignal(finished: boolean, target: RefObject<HTMLElement | null>): void {
  const previous = useRef(finished);
  useEffect(() => {
    const justFinished = finished && !previous.current;
    previous.current = finished;
    if (!justFinished) return;
    target.current?.animate?.(
      [{ transform: 'scale(1)' }, { transform: 'scale(1.12)' }, { transform: 'scale(1)' }],
      { duration: 700, iterations: 4, easing: 'ease-in-out' },
    );
    if (navigator.userActivation?.hasBeenActive) playChime();
  }, [finished, target]);
}

function playChime(): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = 660;
  // Fade in and out: a soft chime, not a beep.
  gain.gain.setValueAtTime(0.0001, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.2, context.currentTime + 0.05);
  gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + 0.9);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + 1);
  oscillator.onended = () => {
    void context.close();
  };
}
