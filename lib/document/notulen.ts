/**
 * Notulen: the minutes of one session of a topic, as a `DocumentModel`. Who attended, what each
 * breakout group put on its board (read with the board extractors, area by area), what the
 * plenary agreed for the topic, the follow-ups, and the next meeting of the Kalender Kerja.
 */
import { placeCards } from '../board/extract/placeCards';
import type { BoardSnapshot } from '../board/extract/readBoard';
import { FRAME_ROLE } from '../board/templates/layout';
import { pick, type BilingualText } from '../i18n/bilingual';
import { dictionaryFor, format, type Lang } from '../i18n/translate';
import { outputById } from '../method/outputs';
import { findTopic } from '../method/topics';
import type { OutputId } from '../method/types';
import { itemsOf, parseAgreedData } from '../outputs/agreedData';
import { ROSTER_ROLE_LABELS } from '../workshop/rosterRoles';
import { formatDate, formatDateTime, wallClock } from '../workshop/timeZones';
import { latestVersions, type DraftAgreedVersion, type DraftStppInput } from './input';
import type { Block, DocSection, DocTable, DocumentModel } from './model';

export interface NotulenGroup {
  name: string;
  /** The group's board records (`Object.values(ydoc.getMap('tldraw').toJSON())`). */
  boardRecords: BoardSnapshot;
  /** The people in the group this session. */
  members: { name: string; organisation: string | null }[];
}

export interface NotulenAgreedVersion extends DraftAgreedVersion {
  present: string[];
  note: string | null;
}

export interface NotulenInput {
  details: DraftStppInput['details'];
  topicId: string;
  session: { number: number; title: BilingualText; startsAt: Date | null };
  /** The groups formed for this session, in their order. */
  groups: NotulenGroup[];
  roster: DraftStppInput['roster'];
  /** Any agreed versions; the minutes show the latest of each output of the topic. */
  agreed: readonly NotulenAgreedVersion[];
  followUps: DraftStppInput['followUps'];
  meetings: DraftStppInput['meetings'];
  generatedAt: Date;
}

export function buildNotulen(input: NotulenInput, lang: Lang = 'id'): DocumentModel {
  const t = dictionaryFor(lang);
  const topic = findTopic(input.topicId);
  const topicLabel = topic ? `${topic.id} ${pick(topic.title, lang)}` : input.topicId;
  const zone = input.details.timeZone;
  const agreed = [...latestVersions(input.agreed).values()].filter((v) => v.outputId.startsWith(`${input.topicId}/`)) as NotulenAgreedVersion[];
  agreed.sort((a, b) => a.outputId.localeCompare(b.outputId));
  const asOf = formatDate(wallClock(input.generatedAt, zone).date, lang);
  const recordsSource = (what: string) => format(t.export.sourceRecords, { what, date: asOf });
  return {
    lang,
    cover: {
      title: t.notulen.title,
      pdam: input.details.pdam,
      facts: [
        [t.export.workshop, input.details.title],
        [t.notulen.topic, topicLabel],
        [t.notulen.session, `${input.session.number}: ${pick(input.session.title, lang)}`],
        [t.notulen.date, input.session.startsAt ? formatDateTime(input.session.startsAt, zone, lang) : t.export.notSet],
        [t.export.venue, input.details.venue ?? t.export.notSet],
      ],
      note: `${t.notulen.generatedNote} ${format(t.export.generatedOn, { date: asOf })}`,
    },
    sections: [
      attendanceSection(input, agreed, lang, recordsSource(t.notulen.attendanceSection)),
      groupsSection(input, lang),
      agreedSection(agreed, input, lang),
      followUpsSection(input, lang, recordsSource(t.calendar.followUps)),
      nextMeetingSection(input, lang),
    ],
  };
}

function nothing(lang: Lang): Block {
  return { kind: 'paragraph', text: dictionaryFor(lang).export.nothingRecorded };
}

function tableOr(table: DocTable, otherwise: Block): Block {
  return table.rows.length > 0 ? { kind: 'table', table } : otherwise;
}

/**
 * Everyone in this session's groups, then whoever the facilitator recorded as present when the
 * topic's outputs were agreed (with their Pokja role when the roster knows them). One row each.
 */
function attendanceSection(input: NotulenInput, agreed: readonly NotulenAgreedVersion[], lang: Lang, source: string): DocSection {
  const t = dictionaryFor(lang);
  const seen = new Set<string>();
  const rows: string[][] = [];
  const add = (name: string, organisation: string, groupOrRole: string) => {
    const key = name.trim().toLocaleLowerCase('id');
    if (!key || seen.has(key)) return;
    seen.add(key);
    rows.push([String(rows.length + 1), name.trim(), organisation, groupOrRole]);
  };
  for (const group of input.groups) for (const member of group.members) add(member.name, member.organisation ?? '', group.name);
  const rosterByName = new Map(input.roster.map((entry) => [entry.name.trim().toLocaleLowerCase('id'), entry]));
  for (const name of agreed.flatMap((version) => version.present)) {
    const entry = rosterByName.get(name.trim().toLocaleLowerCase('id'));
    const organisation = entry ? [entry.organisation, entry.position].filter(Boolean).join(', ') : '';
    add(name, organisation, entry ? pick(ROSTER_ROLE_LABELS[entry.role], lang) : t.notulen.presentAtAgreement);
  }
  const table: DocTable = { id: 'attendance', columns: ['No', t.notulen.name, t.notulen.organisation, t.notulen.groupOrRole], rows, wide: false, source };
  return { id: 'attendance', title: t.notulen.attendanceSection, blocks: [tableOr(table, nothing(lang))] };
}

/** Per group, its cards area by area (in the template's order, reading order within an area). */
function groupsSection(input: NotulenInput, lang: Lang): DocSection {
  const t = dictionaryFor(lang);
  if (input.groups.length === 0) return { id: 'groups', title: t.notulen.groupsSection, blocks: [{ kind: 'paragraph', text: t.notulen.noGroups }] };
  const blocks = input.groups.flatMap<Block>((group, index) => {
    const placement = placeCards(group.boardRecords);
    const rows: string[][] = [];
    const inner = placement.areas.filter((entry) => entry.area.role !== FRAME_ROLE);
    const frame = placement.areas.filter((entry) => entry.area.role === FRAME_ROLE);
    for (const { area, cards } of inner) for (const card of cards) rows.push([pick(area.label, lang), card.text]);
    for (const card of [...frame.flatMap((entry) => entry.cards), ...placement.unplaced]) rows.push([t.notulen.outsideAreas, card.text]);
    const table: DocTable = {
      id: `group-${index + 1}`,
      columns: [t.notulen.area, t.notulen.card],
      rows: rows.filter(([, text]) => text.trim() !== ''),
      wide: false,
      source: format(t.export.sourceRecords, { what: group.name, date: formatDate(wallClock(input.generatedAt, input.details.timeZone).date, lang) }),
    };
    return [{ kind: 'heading', level: 3, text: group.name }, tableOr(table, nothing(lang))];
  });
  return { id: 'groups', title: t.notulen.groupsSection, blocks };
}

function agreedSection(agreed: readonly NotulenAgreedVersion[], input: NotulenInput, lang: Lang): DocSection {
  const t = dictionaryFor(lang);
  if (agreed.length === 0) return { id: 'agreed', title: t.notulen.agreedSection, blocks: [{ kind: 'paragraph', text: t.export.notAgreed }] };
  const dateOf = (instant: Date) => formatDate(wallClock(instant, input.details.timeZone).date, lang);
  const blocks = agreed.flatMap<Block>((version) => {
    const spec = outputById(version.outputId as OutputId);
    const title = spec ? pick(spec.title, lang) : version.outputId;
    const data = parseAgreedData(version.data);
    const items = data ? itemsOf(data) : [];
    const source = format(t.export.sourceAgreed, { output: `${version.outputId} ${title}`, version: version.version, date: dateOf(version.agreedAt) });
    const out: Block[] = [
      { kind: 'heading', level: 3, text: format(t.notulen.agreedHeading, { output: title, version: version.version, date: dateOf(version.agreedAt) }) },
      data
        ? tableOr({ id: `agreed-${version.outputId}`, columns: ['No', t.notulen.item], rows: items.map((item, i) => [String(i + 1), item.label]), wide: false, source }, nothing(lang))
        : { kind: 'paragraph', text: t.outputs.unreadable },
    ];
    if (version.present.length > 0) out.push({ kind: 'paragraph', text: format(t.notulen.present, { names: version.present.join(', ') }) });
    if (version.note) out.push({ kind: 'paragraph', text: format(t.notulen.note, { note: version.note }) });
    return out;
  });
  return { id: 'agreed', title: t.notulen.agreedSection, blocks };
}

function followUpsSection(input: NotulenInput, lang: Lang, source: string): DocSection {
  const t = dictionaryFor(lang);
  const rows = input.followUps
    .filter((f) => f.topicId === input.topicId)
    .map((f) => [f.description, f.owner, f.dueOn ? formatDate(f.dueOn, lang) : '', t.calendar.statuses[f.status]]);
  const table: DocTable = { id: 'follow-ups', columns: [t.calendar.description, t.calendar.owner, t.calendar.due, t.calendar.status], rows, wide: false, source };
  return { id: 'follow-ups', title: t.notulen.followUpsSection, blocks: [tableOr(table, nothing(lang))] };
}

/** The first meeting after the session (or after the minutes are made, for an undated session). */
export function nextMeeting(input: Pick<NotulenInput, 'meetings' | 'session' | 'generatedAt'>): NotulenInput['meetings'][number] | null {
  const after = (input.session.startsAt ?? input.generatedAt).getTime();
  const upcoming = input.meetings.filter((m) => m.startsAt.getTime() > after).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return upcoming[0] ?? null;
}

function nextMeetingSection(input: NotulenInput, lang: Lang): DocSection {
  const t = dictionaryFor(lang);
  const meeting = nextMeeting(input);
  if (!meeting) return { id: 'next-meeting', title: t.notulen.nextMeetingSection, blocks: [{ kind: 'paragraph', text: t.notulen.noNextMeeting }] };
  const facts: [string, string][] = [
    [`${t.calendar.date} / ${t.calendar.time}`, formatDateTime(meeting.startsAt, input.details.timeZone, lang)],
    [t.calendar.place, meeting.place ?? t.export.notSet],
    [t.calendar.agenda, meeting.agenda],
    [t.calendar.invitees, meeting.invitees ?? t.export.notSet],
  ];
  return { id: 'next-meeting', title: t.notulen.nextMeetingSection, blocks: facts.map(([label, value]) => ({ kind: 'paragraph', text: `${label}: ${value}` })) };
}
