import Link from 'next/link';
import type { Principal } from '@/lib/auth/capabilities';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, type Lang } from '@/lib/i18n/translate';
import type { Topic } from '@/lib/method/types';
import { slugOf, worksheetOutputsOf } from '@/lib/outputs/sheetOutputs';
import type { ZoneCode } from '@/lib/workshop/timeZones';
import { agreedInputsOf } from '@/server/web/outputs';
import { AgreedInputs } from './AgreedInputs';

/**
 * On a topic page: links to the topic's worksheets, and the latest agreed version of each output
 * the topic takes as input (title, version, date and its top items), so 5.1 starts from 4.7's
 * agreed priorities. A server component: it reads the agreed outputs directly.
 */
export async function TopicWorksheets({ workshopId, topic, actor, lang, zone }: { workshopId: string; topic: Topic; actor: Principal; lang: Lang; zone: ZoneCode }) {
  const t = dictionaryFor(lang);
  const sheets = worksheetOutputsOf(topic);
  const inputs = (await agreedInputsOf(actor, workshopId, topic)).filter((input) => input.latest !== null);
  if (sheets.length === 0 && inputs.length === 0) return null;
  return (
    <section className="plano-card" style={{ marginBottom: 16 }}>
      {sheets.length > 0 && (
        <>
          <h2 style={{ marginTop: 0 }}>{t.worksheets.section}</h2>
          <ul className="plano-list">
            {sheets.map((output) => (
              <li key={output.id}>
                <Link className="plano-button" href={`/w/${workshopId}/topics/${topic.id}/worksheets/${slugOf(output.id)}`} data-testid="worksheet-link" style={{ minHeight: 44 }}>
                  {pick(output.title, lang)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <AgreedInputs inputs={inputs} lang={lang} zone={zone} />
    </section>
  );
}
