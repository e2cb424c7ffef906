import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { newOpaqueId } from '@/lib/docName';
import { violatedUniqueConstraint, type Sql } from './Sql';
import { parseOrThrow } from './validation';

/** A user as the rest of the app sees one: never with the password hash. */
export interface User {
  id: string;
  email: string;
  name: string;
}

/** Thrown by `createUser` when an account with that email already exists. */
export class DuplicateEmailError extends Error {
  constructor(email: string, options?: ErrorOptions) {
    super(`A user with the email ${email} already exists`, options);
    this.name = 'DuplicateEmailError';
  }
}

/** bcrypt work factor: 2^10 rounds, about 50-100 ms per hash on a server core. */
const BCRYPT_COST = 10;
/** bcrypt reads only the first 72 bytes; longer passwords are refused rather than silently cut. */
const BCRYPT_MAX_PASSWORD_BYTES = 72;
const MIN_PASSWORD_LENGTH = 8;
/**
 * A cost-10 hash of a random secret nobody knows. Comparing against it when the email is unknown
 * makes "no such user" take as long as "wrong password", so timing does not reveal accounts.
 */
const DUMMY_PASSWORD_HASH = '$2b$10$jTaHWTe3AybZvraz1SLy8emk8kzuQYgSy4gMGNNkyGlLwmOOuaEi.';

const emailSchema = z.string().trim().toLowerCase().pipe(z.email('must be an email address').max(254));

const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .refine((password) => Buffer.byteLength(password, 'utf8') <= BCRYPT_MAX_PASSWORD_BYTES, `must be at most ${BCRYPT_MAX_PASSWORD_BYTES} bytes`);

const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  password: passwordSchema,
});

export type NewUser = z.input<typeof newUserSchema>;

/**
 * Creates an account (email lowercased and trimmed, password hashed with bcrypt). Throws an Error
 * on invalid input and `DuplicateEmailError` when the email is taken.
 */
export async function createUser(sql: Sql, input: NewUser): Promise<User> {
  const { email, name, password } = parseOrThrow(newUserSchema, input, 'user');
  const user: User = { id: newOpaqueId(randomBytes), email, name };
  const passwordHash = await bcrypt.hash(password, BCRYPT_COST);
  try {
    await sql.query('insert into users (id, email, name, password_hash) values ($1, $2, $3, $4)', [user.id, email, name, passwordHash]);
  } catch (error) {
    if (violatedUniqueConstraint(error) === 'users_email_key') throw new DuplicateEmailError(email, { cause: error });
    throw error;
  }
  return user;
}

/** The user with this email and password, or null (unknown email and wrong password alike). */
export async function verifyCredentials(sql: Sql, email: string, password: string): Promise<User | null> {
  const parsedEmail = emailSchema.safeParse(email);
  const rows = parsedEmail.success
    ? await sql.query<User & { password_hash: string }>('select id, email, name, password_hash from users where email = $1', [parsedEmail.data])
    : [];
  const row = rows[0];
  const matches = await bcrypt.compare(password, row?.password_hash ?? DUMMY_PASSWORD_HASH);
  if (!row || !matches) return null;
  return { id: row.id, email: row.email, name: row.name };
}

/** Whether `password` is this user's password (false for an unknown user, after the same work). */
export async function passwordMatches(sql: Sql, userId: string, password: string): Promise<boolean> {
  const [row] = await sql.query<{ password_hash: string }>('select password_hash from users where id = $1', [userId]);
  const matches = await bcrypt.compare(password, row?.password_hash ?? DUMMY_PASSWORD_HASH);
  return Boolean(row) && matches;
}

/** Sets a new password (the same rules as at sign-up; throws an Error naming what is wrong). */
export async function setPassword(sql: Sql, userId: string, password: string): Promise<void> {
  const checked = parseOrThrow(passwordSchema, password, 'password');
  await sql.query('update users set password_hash = $2 where id = $1', [userId, await bcrypt.hash(checked, BCRYPT_COST)]);
}

/** The user with this id, or null. */
export async function findUserById(sql: Sql, id: string): Promise<User | null> {
  const [row] = await sql.query<User>('select id, email, name from users where id = $1', [id]);
  return row ?? null;
}

/** The user with this email (compared lowercased and trimmed), or null. */
export async function findUserByEmail(sql: Sql, email: string): Promise<User | null> {
  const parsedEmail = emailSchema.safeParse(email);
  if (!parsedEmail.success) return null;
  const [row] = await sql.query<User>('select id, email, name from users where email = $1', [parsedEmail.data]);
  return row ?? null;
}

/** How many accounts exist (0 on a fresh install, when the first facilitator is created). */
export async function countUsers(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ count: number }>('select count(*) as count from users');
  return row.count;
}
