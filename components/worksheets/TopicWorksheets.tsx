import Link from 'next/link';
import type { Principal } from '@/lib/auth/capabilities';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import { outputById, producersOf } from '@/lib/method/outputs';
import type { Topic } from '@/lib/method/types';
import { leadingItems } from '@/lib/outputs/agreedData';
import { slugOf, worksheetOutputsOf } from '@/lib/outputs/sheetOutputs';
import { formatDateTime, type ZoneCode } from '@/lib/workshop/timeZones';
import { agreedInputsOf } from '@/server/web/outputs';

/** How many of an agreed input's top items the topic page shows. */
const LEADING_ITEMS = 3;

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
      {inputs.length > 0 && (
        <>
          <h2>{t.outputs.agreedInputs}</h2>
          <ul className="plano-list" data-testid="agreed-inputs">
            {inputs.map(({ outputId, latest }) => {
              if (!latest) return null;
              const spec = outputById(outputId);
              const producer = producersOf(outputId)[0];
              return (
                <li key={outputId} data-testid="agreed-input" data-output={outputId} data-version={latest.version}>
                  <strong>
                    {producer?.id} {spec ? pick(spec.title, lang) : outputId}
                  </strong>{' '}
                  · {format(t.outputs.version, { n: latest.version })} · {format(t.outputs.agreedOn, { date: formatDateTime(new Date(latest.agreedAt), zone, lang) })}
                  {latest.data ? (
                    <ol>
                      {leadingItems(latest.data, LEADING_ITEMS).map((item, index) => (
                        <li key={index} data-testid="agreed-input-item">
                          {item.rank !== null && `${item.rank}. `}
                          {item.label}
                        </li>
                      ))}
                    </ol>
                  ) : (
                    <p className="plano-muted">{t.outputs.unreadable}</p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
