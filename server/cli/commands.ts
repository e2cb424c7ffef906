/**
 * The CLI's commands as functions over the database, so tests call them the same way the command
 * line does. Each returns a plain object; main.ts prints it as JSON or as text.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isRole } from '@/lib/auth/capabilities';
import { parseLang } from '@/lib/i18n/translate';
import type { DocTokens } from '../auth/docTokens';
import type { Sql } from '../db/Sql';
import { findUserByEmail } from '../db/users';
import { createWorkshop, getDoc, getWorkshop, listDocs } from '../db/workshops';
import { EXPORT_FORMATS, exportWorkshop, type ExportFormat } from '../export/exportWorkshop';
import { CliUsageError, requireOption } from './parseArgs';

export interface CliContext {
  sql: Sql;
  tokens: DocTokens;
  /** Base URL printed in links, e.g. http://localhost:3000. */
  baseUrl: string;
}

type Options = Map<string, string | true>;

export async function workshopCreate(ctx: CliContext, options: Options) {
  const title = requireOption(options, 'title');
  const pdam = requireOption(options, 'pdam');
  const email = options.get('email');
  const creator = typeof email === 'string' ? await findUserByEmail(ctx.sql, email) : await firstFacilitator(ctx.sql);
  if (!creator) throw new CliUsageError(typeof email === 'string' ? `no user with email ${email}` : 'no facilitator account in this database');
  const workshop = await createWorkshop(ctx.sql, { title, pdam, createdBy: creator.id });
  return {
    workshopId: workshop.id,
    title: workshop.title,
    pdam: workshop.pdam,
    joinCode: workshop.joinCode,
    facilitator: creator.email,
    signInLink: `${ctx.baseUrl}/signin?callbackUrl=${encodeURIComponent(`/w/${workshop.id}`)}`,
  };
}

export async function boards(ctx: CliContext, options: Options) {
  const workshopId = requireOption(options, 'workshop');
  if (!(await getWorkshop(ctx.sql, workshopId))) throw new CliUsageError(`no workshop ${workshopId}`);
  const docs = await listDocs(ctx.sql, workshopId);
  return docs.map((doc) => ({ doc: doc.name, kind: doc.kind, topic: doc.topicId, group: doc.groupId, template: doc.template, title: doc.title.id }));
}

const MAX_TTL_SECONDS = 30 * 24 * 60 * 60;

export async function token(ctx: CliContext, options: Options) {
  const workshopId = requireOption(options, 'workshop');
  const docName = requireOption(options, 'doc');
  const role = requireOption(options, 'role');
  if (!isRole(role)) throw new CliUsageError('--role must be facilitator, participant or observer');
  const group = options.get('group');
  const ttlSeconds = options.has('ttl') ? Number(options.get('ttl')) : 12 * 60 * 60;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > MAX_TTL_SECONDS) throw new CliUsageError(`--ttl must be whole seconds, 1 to ${MAX_TTL_SECONDS}`);
  const doc = await getDoc(ctx.sql, docName);
  if (!doc || doc.workshopId !== workshopId) throw new CliUsageError(`no document ${docName} in workshop ${workshopId}`);
  const principal = { userId: `cli-${role}`, workshopId, role, groupId: typeof group === 'string' ? group : null };
  const signed = await ctx.tokens.sign({ principal, docName, displayName: typeof options.get('name') === 'string' ? String(options.get('name')) : undefined }, ttlSeconds);
  return {
    token: signed,
    doc: docName,
    role,
    expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString(),
    boardLink: `${ctx.baseUrl}/board/${docName}?token=${signed}`,
  };
}

export async function exportCommand(ctx: CliContext, options: Options) {
  const workshopId = requireOption(options, 'workshop');
  const format = requireOption(options, 'format');
  const out = requireOption(options, 'out');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new CliUsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const lang = options.get('lang');
  const file = await exportWorkshop(ctx.sql, workshopId, format as ExportFormat, parseLang(typeof lang === 'string' ? lang : null));
  if (!file) throw new CliUsageError(`no workshop ${workshopId}`);
  await writeFile(out, file.body);
  return { workshopId, format, out: path.resolve(out), bytes: file.body.length };
}

/** The earliest facilitator account: the one `npm start` created on first run. */
async function firstFacilitator(sql: Sql) {
  const rows = await sql.query<{ email: string }>('select email from users order by created_at, id limit 1');
  return rows[0] ? findUserByEmail(sql, rows[0].email) : null;
}
