'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';

/**
 * The frame around a worksheet's table. Tables are laid out to fit a laptop and a tablet; where
 * one still cannot (many criteria on a small screen), it scrolls sideways with a visible scrollbar
 * and says so above the table, so no column hides behind an edge nobody knows to swipe.
 */
export function TableScroller({ t, children }: { t: Dictionary; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const measure = () => setOverflows(frame.scrollWidth > frame.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflows && (
        <p className="plano-muted" role="note" data-testid="table-scroll-hint" style={{ margin: '4px 0' }}>
          {t.tables.scrollHint}
        </p>
      )}
      <div ref={ref} className="plano-table-scroll" data-testid="table-scroller" data-overflows={overflows} style={{ border: '1px solid var(--plano-border)', borderRadius: 10, background: 'var(--plano-card)' }}>
        {children}
      </div>
    </>
  );
}
