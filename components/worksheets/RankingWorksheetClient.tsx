'use client';
import dynamic from 'next/dynamic';

/** Browser-only, like the MCUA sheet (see McuaWorksheetClient): a second yjs in the server process breaks the rooms. */
export const RankingWorksheetClient = dynamic(() => import('./RankingWorksheet').then((m) => m.RankingWorksheet), { ssr: false });
