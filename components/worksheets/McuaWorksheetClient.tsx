'use client';
import dynamic from 'next/dynamic';

/**
 * The worksheet renders in the browser only, like the board: server-rendering it would load a
 * second copy of yjs into the server process next to the room server's (yjs#438), and the sheet
 * has nothing to show before its Y.Doc syncs anyway.
 */
export const McuaWorksheetClient = dynamic(() => import('./McuaWorksheet').then((m) => m.McuaWorksheet), { ssr: false });
