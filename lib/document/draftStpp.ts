/**
 * The draft STPP document (Draf Dokumen STPP) of a workshop, as a `DocumentModel`: a cover, the
 * Pokja, the process record along the Kerangka, the plan's chapters, the MCUA in full, every
 * other agreed result, the Kalender Kerja and the follow-ups. Only agreed outputs feed the plan's
 * content; each appears as the method's table with its version, the date it was agreed, who
 * agreed it and who was present, and every table says where it comes from, so the Pokja signs a
 * document whose every result can be traced to an agreement.
 */
import { pick } from '../i18n/bilingual';
import type { Dictionary } from '../i18n/dictionaries';
import { dictionaryFor, format, type Lang } from '../i18n/translate';
import { outputById, outputsOfKind } from '../method/outputs';
import { findTopic, STAGES, topicsOfStage } from '../method/topics';
import type { OutputId, OutputSpec } from '../method/types';
import { isPokja, ROSTER_ROLE_LABELS } from '../workshop/rosterRoles';
import { formatDate, formatDateTime, wallClock } from '../workshop/timeZones';
import { latestVersions, type DraftAgreedVersion, type DraftBoard, type DraftStppInput } from './input';
import { agreedOutputBlocks } from './agreedOutputBlocks';
import type { Block, DocSection, DocTable, DocumentModel } from './model';
import { drawBoardSvg } from './boardSvg';

export function buildDraftStpp(input: DraftStppInput, lang: Lang = 'id'): DocumentModel {
  const ctx = new Context(input, lang);
  const { details } = input;
  const t = ctx.t.export;
  const dates = details.startsOn ? [details.startsOn, details.endsOn ?? details.startsOn].filter((d, i, all) => all.indexOf(d) === i).map((d) => formatDate(d, lang)).join(' – ') : t.notSet;
  return {
    lang,
    cover: {
      title: t.documentTitle,
      pdam: details.pdam,
      facts: [
        [t.pdam, details.pdam],
        [t.region, details.region ?? t.notSet],
        [t.workshop, details.title],
        [t.venue, details.venue ?? t.notSet],
        [t.dates, dates],
      ],
      note: `${t.draftNote} ${format(t.generatedOn, { date: ctx.asOf })}`,
    },
    sections: [
      rosterSection(ctx),
      processSection(ctx),
      ...CONTENT_BEFORE_PRIORITIES.map((plan) => agreedOutputsSection(ctx, plan)),
      prioritiesSection(ctx),
      ...CONTENT_AFTER_PRIORITIES.map((plan) => agreedOutputsSection(ctx, plan)),
      ...otherOutputsSection(ctx),
      meetingsSection(ctx),
      followUpsSection(ctx),
      ...(input.boards ? [annexSection(ctx, input.boards)] : []),
    ],
  };
}

/** What every section needs: the input, the language's texts and the latest agreed versions. */
class Context {
  readonly t: Dictionary;
  readonly latest: Map<string, DraftAgreedVersion>;
  readonly asOf: string;
  readonly input: DraftStppInput;
  readonly lang: Lang;
  constructor(input: DraftStppInput, lang: Lang) {
    this.input = input;
    this.lang = lang;
    this.t = dictionaryFor(lang);
    this.latest = latestVersions(input.agreed);
    this.asOf = this.dateOf(input.generatedAt);
  }
  /** A calendar date in the workshop's zone, in words. */
  dateOf(instant: Date): string {
    return formatDate(wallClock(instant, this.input.details.timeZone).date, this.lang);
  }
  topicLabel(topicId: string | null): string {
    const topic = topicId ? findTopic(topicId) : undefined;
    return topic ? `${topic.id} ${pick(topic.title, this.lang)}` : this.t.calendar.noTopic;
  }
  recordsSource(what: string): string {
    return format(this.t.export.sourceRecords, { what, date: this.asOf });
  }
  agreedSource(output: OutputSpec, version: DraftAgreedVersion): string {
    return format(this.t.export.sourceAgreed, { output: `${output.id} ${pick(output.title, this.lang)}`, version: version.version, date: this.dateOf(version.agreedAt) });
  }
}

function tableOrNothing(ctx: Context, table: DocTable): Block {
  return table.rows.length > 0 ? { kind: 'table', table } : { kind: 'paragraph', text: ctx.t.export.nothingRecorded };
}

function rosterSection(ctx: Context): DocSection {
  const { t, input, lang } = ctx;
  const columns = [t.people.rosterName, t.people.rosterRole, t.people.organisation, t.people.position];
  const rowsOf = (pokja: boolean) =>
    input.roster.filter((p) => isPokja(p.role) === pokja).map((p) => [p.name, pick(ROSTER_ROLE_LABELS[p.role], lang), p.organisation ?? '', p.position ?? '']);
  const source = ctx.recordsSource(t.people.roster);
  return {
    id: 'roster',
    title: t.export.rosterSection,
    blocks: [
      { kind: 'heading', level: 3, text: t.export.pokja },
      tableOrNothing(ctx, { id: 'pokja', columns, rows: rowsOf(true), wide: false, source }),
      { kind: 'heading', level: 3, text: t.export.stakeholders },
      tableOrNothing(ctx, { id: 'stakeholders', columns, rows: rowsOf(false), wide: false, source }),
    ],
  };
}

/** The Kerangka as a record: per stage, each topic's status and each output's agreed version. */
function processSection(ctx: Context): DocSection {
  const { t, lang } = ctx;
  const blocks: Block[] = [];
  for (const stage of STAGES) {
    const rows = topicsOfStage(stage.number).flatMap((topic) => {
      const status = t.kerangka.statuses[ctx.input.topicStatuses.get(topic.id) ?? 'not-started'];
      return topic.outputs.map((output) => {
        const agreed = ctx.latest.get(output.id);
        const version = agreed ? format(t.export.versionOn, { version: agreed.version, date: ctx.dateOf(agreed.agreedAt) }) : t.outputs.notAgreedYet;
        return [`${topic.id} ${pick(topic.title, lang)}`, status, pick(output.title, lang), version];
      });
    });
    blocks.push({ kind: 'heading', level: 3, text: `${format(t.kerangka.stage, { n: stage.number })}: ${pick(stage.title, lang)}` });
    blocks.push({
      kind: 'table',
      table: { id: `stage-${stage.number}`, columns: [t.export.topic, t.export.status, t.export.output, t.export.agreedVersion], rows, wide: false, source: ctx.recordsSource(t.kerangka.title) },
    });
    const sessions = (ctx.input.sessions ?? []).filter((session) => findTopic(session.topicId)?.stage === stage.number);
    if (sessions.length > 0) {
      const d = t.stppDocument;
      const sessionRows = sessions.map((session) => [
        ctx.topicLabel(session.topicId),
        String(session.number),
        session.startsAt ? formatDateTime(session.startsAt, ctx.input.details.timeZone, lang) : '',
        format(d.minutes, { n: session.durationMinutes }),
        session.groups.join(', '),
      ]);
      blocks.push({
        kind: 'table',
        table: { id: `sessions-${stage.number}`, columns: [t.export.topic, d.session, d.when, d.duration, d.groups], rows: sessionRows, wide: false, source: ctx.recordsSource(d.sessionsRecord) },
      });
    }
  }
  return { id: 'process', title: t.export.processSection, blocks };
}

/** 4.7 in full: the assessment matrix (criteria, weights, scales, every score, further rounds), then the order of priority. */
function prioritiesSection(ctx: Context): DocSection {
  const blocks = [...agreedOutputBlocksOf(ctx, '4.7/assessment-matrix', 'matrix'), ...outputsOfKind('mcua-priorities').flatMap((output) => agreedOutputBlocksOf(ctx, output.id, 'priorities'))];
  return { id: 'priorities', title: ctx.t.export.prioritiesSection, blocks };
}

/** A chapter of the plan made of agreed outputs, in the order a reader of an STPP expects. */
interface ContentSection {
  id: string;
  title: keyof Dictionary['stppDocument']['sections'];
  outputs: OutputId[];
}

const CONTENT_BEFORE_PRIORITIES: ContentSection[] = [
  { id: 'main-issue', title: 'mainIssue', outputs: ['2.1/main-issue'] },
  { id: 'legal-corridor', title: 'legalCorridor', outputs: ['2.2/regulation-table'] },
  { id: 'service-gaps', title: 'serviceGaps', outputs: ['2.3/gap-table', '2.3/strategic-indicators'] },
  { id: 'diagnosis', title: 'diagnosis', outputs: ['3.1/governance-checklist', '3.1/diagnostic-worksheet'] },
  { id: 'solutions', title: 'solutions', outputs: ['3.2/root-causes', '3.2/integrated-solutions'] },
];

const CONTENT_AFTER_PRIORITIES: ContentSection[] = [
  { id: 'action-scheme', title: 'actionScheme', outputs: ['5.2/skema-tindakan-table', '6.1/action-table-budgeted'] },
  { id: 'logframe', title: 'logframe', outputs: ['5.1/smart-logframe'] },
  { id: 'citizen-charter', title: 'citizenCharter', outputs: ['5.2/citizen-charter'] },
  { id: 'monev', title: 'monev', outputs: ['7.1/monev-format'] },
];

function agreedOutputsSection(ctx: Context, plan: ContentSection): DocSection {
  return { id: plan.id, title: ctx.t.stppDocument.sections[plan.title], blocks: plan.outputs.flatMap((outputId) => agreedOutputBlocksOf(ctx, outputId)) };
}

/** Outputs the chapters above show; every other agreed output goes to the chapter of other results. */
const SHOWN_IN_CHAPTERS: ReadonlySet<string> = new Set([...CONTENT_BEFORE_PRIORITIES, ...CONTENT_AFTER_PRIORITIES].flatMap((plan) => plan.outputs).concat(['4.7/assessment-matrix', ...outputsOfKind('mcua-priorities').map((output) => output.id)]));

/** Every other agreed output, stage by stage in the method's order; no chapter when there is none. */
function otherOutputsSection(ctx: Context): DocSection[] {
  const blocks: Block[] = [];
  for (const stage of STAGES) {
    const outputs = topicsOfStage(stage.number).flatMap((topic) => topic.outputs).filter((output) => !SHOWN_IN_CHAPTERS.has(output.id) && ctx.latest.has(output.id));
    if (outputs.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: `${format(ctx.t.kerangka.stage, { n: stage.number })}: ${pick(stage.title, ctx.lang)}` });
    for (const output of outputs) blocks.push(...agreedOutputBlocksOf(ctx, output.id));
  }
  return blocks.length > 0 ? [{ id: 'other-outputs', title: ctx.t.export.otherOutputsSection, blocks }] : [];
}

/** One agreed output under its own heading, as the method's table with its agreement, or why there is none yet. */
function agreedOutputBlocksOf(ctx: Context, outputId: OutputId, mcua: 'matrix' | 'priorities' = 'matrix'): Block[] {
  const output = outputById(outputId);
  if (!output) return [];
  const agreed = ctx.latest.get(output.id);
  if (!agreed) return [{ kind: 'heading', level: 3, text: `${output.id} ${pick(output.title, ctx.lang)}` }, { kind: 'paragraph', text: ctx.t.export.notAgreed }];
  return agreedOutputBlocks(ctx, output, agreed, ctx.agreedSource(output, agreed), mcua);
}

function meetingsSection(ctx: Context): DocSection {
  const { t, input, lang } = ctx;
  const rows = input.meetings.map((m) => [formatDateTime(m.startsAt, input.details.timeZone, lang), m.place ?? '', m.agenda, m.invitees ?? '', ctx.topicLabel(m.topicId)]);
  const columns = [`${t.calendar.date} / ${t.calendar.time}`, t.calendar.place, t.calendar.agenda, t.calendar.invitees, t.calendar.topic];
  return {
    id: 'meetings',
    title: t.export.meetingsSection,
    blocks: [tableOrNothing(ctx, { id: 'meetings', columns, rows, wide: true, source: ctx.recordsSource(t.calendar.meetings) })],
  };
}

function followUpsSection(ctx: Context): DocSection {
  const { t, input, lang } = ctx;
  const rows = input.followUps.map((f) => [f.description, f.owner, f.dueOn ? formatDate(f.dueOn, lang) : '', t.calendar.statuses[f.status], ctx.topicLabel(f.topicId)]);
  const columns = [t.calendar.description, t.calendar.owner, t.calendar.due, t.calendar.status, t.calendar.topic];
  return {
    id: 'follow-ups',
    title: t.export.followUpsSection,
    blocks: [tableOrNothing(ctx, { id: 'follow-ups', columns, rows, wide: true, source: ctx.recordsSource(t.calendar.followUps) })],
  };
}

/** The annex: a drawing of each plenary board that holds cards, as it was when read. */
function annexSection(ctx: Context, boards: readonly DraftBoard[]): DocSection {
  const { lang } = ctx;
  const t = ctx.t.stppAnnex;
  const blocks: Block[] = [];
  for (const board of boards) {
    const drawing = drawBoardSvg(board.records, { lang, emptyText: t.emptyBoard });
    if (drawing.cards === 0) continue;
    const title = pick(board.title, lang);
    blocks.push({
      kind: 'image',
      image: {
        id: `board-${board.docName}`,
        title: format(t.figure, { n: blocks.length + 1, title }),
        svg: drawing.svg,
        width: drawing.width,
        height: drawing.height,
        source: format(t.source, { board: title, cards: drawing.cards, date: ctx.dateOf(board.readAt) }),
      },
    });
  }
  return { id: 'annex', title: t.title, blocks: blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: t.noBoards }] };
}
