import type { Lang } from '@/lib/i18n/translate';
import type { AgreedOutputView } from '@/lib/outputs/agreedData';
import type { ZoneCode } from '@/lib/workshop/timeZones';

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
}
