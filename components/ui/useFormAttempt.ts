'use client';

import { useCallback, useState } from 'react';

/**
 * One submission of a form that leaves the page on success: `attempt` resolves with a URL to go
 * to, or with the message to show. Network failures show `genericMessage`; the button stays
 * disabled while the attempt runs and until the page leaves.
 */
export function useFormAttempt(genericMessage: string, initialError: string | null = null) {
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (what: string, attempt: () => Promise<{ next: string } | { error: string }>) => {
      setBusy(true);
      setError(null);
      try {
        const outcome = await attempt();
        if ('next' in outcome) {
          location.assign(outcome.next);
          return;
        }
        setError(outcome.error);
      } catch (caught) {
        console.error(`${what} failed`, caught);
        setError(genericMessage);
      }
      setBusy(false);
    },
    [genericMessage],
  );
  return { error, busy, run };
}
