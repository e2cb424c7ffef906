import type { Lang } from '@/lib/i18n/translate';
import type { AgreedOutputView } from '@/lib/outputs/agreedData';
import type { ZoneCode } from '@/lib/workshop/timeZones';
import type { SheetViewer } from './useWorksheetDoc';

/** What the worksheet page hands every kind of live worksheet (table, ranking, MCUA). */
export interface WorksheetProps {
  workshopId: string;
  outputId: string;
  docName: string;
  canWrite: boolean;
  canAgree: boolean;
  /** The agreed versions so far, newest first. */
  versions: AgreedOutputView[];
  lang: Lang;
  zone: ZoneCode;
  /** Who is at this device: their name shows in the cell they type in on the others' screens. */
  viewer: SheetViewer;
}
