'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';

/**
 * Sends a JSON request to one of Plano's route handlers and refreshes the server-rendered page
 * after it; `failed` is true when the last request was refused (the page shows why in words).
 */
export function useJsonAction() {
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const send = useCallback(
    async (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: object): Promise<boolean> => {
      setFailed(false);
      setBusy(true);
      try {
        const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
        setFailed(!response.ok);
        router.refresh();
        return response.ok;
      } catch (error) {
        console.error('request failed', method, url, error);
        setFailed(true);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [router],
  );
  return { send, failed, busy };
}
