'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { AttendanceSection } from '@/lib/workshop/attendance';

const AttendanceNamesContext = createContext<readonly AttendanceSection[]>([]);

/**
 * Hands the names a facilitator may tick as present (read by the worksheet page on the server)
 * down to the agreement panel, which sits inside each kind of worksheet.
 */
export function AttendanceNamesProvider({ sections, children }: { sections: readonly AttendanceSection[]; children: ReactNode }) {
  return <AttendanceNamesContext.Provider value={sections}>{children}</AttendanceNamesContext.Provider>;
}

export function useAttendanceNames(): readonly AttendanceSection[] {
  return useContext(AttendanceNamesContext);
}
