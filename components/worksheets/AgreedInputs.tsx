import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import { outputById, producersOf } from '@/lib/method/outputs';
import type { OutputId } from '@/lib/method/types';
import { leadingItems, type AgreedOutputView } from '@/lib/outputs/agreedData';
import { formatDateTime, type ZoneCode } from '@/lib/workshop/timeZones';

/** How many of an agreed input's top items are listed. */
const LEADING_ITEMS = 3;

/**
 * The agreed outputs a topic starts from, each as its latest version: title, version, date and
 * its top items (2.1's main issue on 2.3's gap table, 4.7's priorities on 5.1 …).
 */
export function AgreedInputs({ inputs, lang, zone }: { inputs: readonly { outputId: OutputId; latest: AgreedOutputView | null }[]; lang: Lang; zone: ZoneCode }) {
  const t = dictionaryFor(lang);
  const agreed = inputs.filter((input): input is { outputId: OutputId; latest: AgreedOutputView } => input.latest !== null);
  if (agreed.length === 0) return null;
  return (
    <>
      <h2>{t.outputs.agreedInputs}</h2>
      <ul className="plano-list" data-testid="agreed-inputs">
        {agreed.map(({ outputId, latest }) => {
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
  );
}
