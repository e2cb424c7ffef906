'use client';
import dynamic from 'next/dynamic';

/** Browser-only, like the MCUA sheet (see McuaWorksheetClient): one copy of yjs, nothing to show before sync. */
export const TableWorksheetClient = dynamic(() => import('./TableWorksheet').then((m) => m.TableWorksheet), { ssr: false });
