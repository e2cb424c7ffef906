/**
 * Agreed outputs (kesepakatan) and the worksheet documents that produce them.
 *
 * An agreed output is an immutable, versioned record: an amendment inserts version N+1 and no
 * row is ever updated, so what the plenary agreed in version 1 stays readable after version 2.
 * Callers (server/web) check that the acting person may agree or read.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { newOpaqueId } from '@/lib/docName';
import type { BilingualText } from '@/lib/i18n/bilingual';
import { violatedUniqueConstraint, type Sql } from './Sql';
import { parseOrThrow } from './validation';

/** One source document as it was when the output was agreed. */
export interface SourceDoc {
  docName: string;
  /** `Y.encodeStateVector` of the document at that moment, base64. */
  stateVector: string;
}

export interface AgreedOutput {
  id: string;
  workshopId: string;
  outputId: string;
  /** 1 for the first agreement, N+1 for each amendment. */
  version: number;
  /** The output's content in a `lib/outputs/agreedData` format. */
  data: unknown;
  sourceDocs: SourceDoc[];
  /** Who was present when it was agreed (names as the facilitator entered them). */
  present: string[];
  agreedBy: string;
  agreedAt: Date;
  note: string | null;
}

const newAgreedOutputSchema = z.object({
  workshopId: z.string().min(1),
  outputId: z.string().regex(/^\d+\.\d+\/[a-z0-9-]+$/),
  data: z.unknown().refine((value) => value !== undefined, 'data is required'),
  sourceDocs: z.array(z.object({ docName: z.string().min(1), stateVector: z.string() })),
  present: z.array(z.string().trim().min(1).max(200)).max(200),
  agreedBy: z.string().min(1),
  note: z.string().trim().max(2000).nullable(),
});
export type NewAgreedOutput = z.input<typeof newAgreedOutputSchema>;

/** Two facilitators agreeing at the same instant both read the same N; the loser retries. */
const VERSION_ATTEMPTS = 5;

/** Records the next version of an output and returns it. */
export async function insertAgreedOutput(sql: Sql, input: NewAgreedOutput): Promise<AgreedOutput> {
  const record = parseOrThrow(newAgreedOutputSchema, input, 'agreed output');
  for (let attempt = 1; ; attempt++) {
    try {
      return await sql.transaction(async (tx) => {
        const [{ next }] = await tx.query<{ next: number }>(
          'select coalesce(max(version), 0) + 1 as next from agreed_outputs where workshop_id = $1 and output_id = $2',
          [record.workshopId, record.outputId],
        );
        const rows = await tx.query<AgreedOutputRow>(
          `insert into agreed_outputs (id, workshop_id, output_id, version, data, source_docs, present, agreed_by, note)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${COLUMNS}`,
          [randomUUID(), record.workshopId, record.outputId, Number(next), JSON.stringify(record.data), JSON.stringify(record.sourceDocs), JSON.stringify(record.present), record.agreedBy, record.note || null],
        );
        return toAgreedOutput(rows[0]);
      });
    } catch (error) {
      if (violatedUniqueConstraint(error) === null || attempt >= VERSION_ATTEMPTS) throw error;
    }
  }
}

/** Every version of the workshop's agreed outputs (or of one output): by output id, newest version first. */
export async function listAgreedOutputs(sql: Sql, workshopId: string, outputId?: string): Promise<AgreedOutput[]> {
  const rows = await sql.query<AgreedOutputRow>(
    `select ${COLUMNS} from agreed_outputs where workshop_id = $1 and ($2::text is null or output_id = $2) order by output_id, version desc`,
    [workshopId, outputId ?? null],
  );
  return rows.map(toAgreedOutput);
}

/** The latest version of each of these outputs that has been agreed, keyed by output id. */
export async function latestAgreedOutputs(sql: Sql, workshopId: string, outputIds: readonly string[]): Promise<Map<string, AgreedOutput>> {
  if (outputIds.length === 0) return new Map();
  const rows = await sql.query<AgreedOutputRow>(
    `select ${COLUMNS} from agreed_outputs a
     where workshop_id = $1 and output_id = any($2::text[])
       and version = (select max(version) from agreed_outputs b where b.workshop_id = a.workshop_id and b.output_id = a.output_id)`,
    [workshopId, [...outputIds]],
  );
  return new Map(rows.map((row) => [row.output_id, toAgreedOutput(row)]));
}

const COLUMNS = 'id, workshop_id, output_id, version, data, source_docs, present, agreed_by, agreed_at, note';

interface AgreedOutputRow {
  id: string;
  workshop_id: string;
  output_id: string;
  version: number;
  data: string;
  source_docs: string;
  present: string;
  agreed_by: string;
  agreed_at: Date;
  note: string | null;
}

function toAgreedOutput(row: AgreedOutputRow): AgreedOutput {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    outputId: row.output_id,
    version: Number(row.version),
    data: JSON.parse(row.data),
    sourceDocs: JSON.parse(row.source_docs) as SourceDoc[],
    present: JSON.parse(row.present) as string[],
    agreedBy: row.agreed_by,
    agreedAt: row.agreed_at,
    note: row.note,
  };
}

/** The worksheet document that fills this output in this workshop, or null when none was opened yet. */
export async function findWorksheetDoc(sql: Sql, workshopId: string, outputId: string): Promise<string | null> {
  const [row] = await sql.query<{ name: string }>('select name from docs where workshop_id = $1 and output_id = $2', [workshopId, outputId]);
  return row?.name ?? null;
}

/**
 * Finds or creates the worksheet document of an output. `created` is true only for the call that
 * created it, so exactly one caller pre-fills it even when two facilitators open it at once.
 */
export async function ensureWorksheetDoc(
  sql: Sql,
  doc: { workshopId: string; topicId: string; outputId: string; title: BilingualText },
): Promise<{ name: string; created: boolean }> {
  const name = newOpaqueId(randomBytes);
  const inserted = await sql.query<{ name: string }>(
    `insert into docs (name, workshop_id, kind, topic_id, group_id, template, title_id, title_en, open_for_participants, locked, output_id)
     values ($1, $2, 'worksheet', $3, null, null, $4, $5, false, false, $6)
     on conflict (workshop_id, output_id) where output_id is not null do nothing returning name`,
    [name, doc.workshopId, doc.topicId, doc.title.id, doc.title.en, doc.outputId],
  );
  if (inserted.length === 1) return { name, created: true };
  const existing = await findWorksheetDoc(sql, doc.workshopId, doc.outputId);
  if (!existing) throw new Error(`Worksheet for ${doc.outputId} neither inserted nor found`);
  return { name: existing, created: false };
}
