import { beforeAll, expect, it } from 'vitest';
import { countUsers, createUser, DuplicateEmailError, findUserByEmail, findUserById, passwordMatches, setPassword, verifyCredentials } from './users';
import type { Sql } from './Sql';
import { describeEachBackend } from './testBackends';

describeEachBackend('users', (backend) => {
  let sql: Sql;
  beforeAll(() => {
    sql = backend.sql();
  });

  it('signs in a new user with the email in any case and spacing', async () => {
    const created = await createUser(sql, { email: '  Ayu.Lestari@PDAM.example ', name: ' Ayu Lestari ', password: 'kesepakatan-2026' });
    expect(created).toEqual({ id: expect.any(String), email: 'ayu.lestari@pdam.example', name: 'Ayu Lestari' });
    expect(await verifyCredentials(sql, 'AYU.LESTARI@pdam.example', 'kesepakatan-2026')).toEqual(created);
    expect(await findUserById(sql, created.id)).toEqual(created);
    expect(await findUserByEmail(sql, 'ayu.lestari@pdam.example')).toEqual(created);
  });

  it('returns null for a wrong password', async () => {
    await createUser(sql, { email: 'budi@pdam.example', name: 'Budi', password: 'correct horse' });
    expect(await verifyCredentials(sql, 'budi@pdam.example', 'correct hors')).toBeNull();
  });

  it('returns null for an unknown email or a malformed one', async () => {
    expect(await verifyCredentials(sql, 'nobody@pdam.example', 'whatever1')).toBeNull();
    expect(await verifyCredentials(sql, 'not an email', 'whatever1')).toBeNull();
  });

  it('stores a bcrypt hash, never the password', async () => {
    const user = await createUser(sql, { email: 'citra@pdam.example', name: 'Citra', password: 'rahasia-sekali' });
    const [row] = await sql.query<{ password_hash: string }>('select password_hash from users where id = $1', [user.id]);
    expect(row.password_hash).toMatch(/^\$2[aby]\$10\$/);
    expect(row.password_hash).not.toContain('rahasia');
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await createUser(sql, { email: 'dewi@pdam.example', name: 'Dewi', password: 'password-one' });
    const duplicate = createUser(sql, { email: 'DEWI@pdam.example', name: 'Dewi Two', password: 'password-two' });
    await expect(duplicate).rejects.toBeInstanceOf(DuplicateEmailError);
  });

  it('refuses invalid input with a message naming the field', async () => {
    await expect(createUser(sql, { email: 'eko@pdam.example', name: '  ', password: 'long enough' })).rejects.toThrow(/name/);
    await expect(createUser(sql, { email: 'eko', name: 'Eko', password: 'long enough' })).rejects.toThrow(/email/);
    await expect(createUser(sql, { email: 'eko@pdam.example', name: 'Eko', password: 'short' })).rejects.toThrow(/password/);
    await expect(createUser(sql, { email: 'eko@pdam.example', name: 'Eko', password: 'x'.repeat(73) })).rejects.toThrow(/password/);
  });

  it('counts accounts', async () => {
    const before = await countUsers(sql);
    await createUser(sql, { email: 'fajar@pdam.example', name: 'Fajar', password: 'password-f' });
    expect(await countUsers(sql)).toBe(before + 1);
  });

  it('finds no user for an unknown id', async () => {
    expect(await findUserById(sql, 'no-such-user-id')).toBeNull();
  });

  it('changes a password: the new one signs in, the old one no longer does', async () => {
    const user = await createUser(sql, { email: 'gita@pdam.example', name: 'Gita', password: 'kata-sandi-lama' });
    expect(await passwordMatches(sql, user.id, 'kata-sandi-lama')).toBe(true);
    await setPassword(sql, user.id, 'kata-sandi-baru');
    expect(await verifyCredentials(sql, 'gita@pdam.example', 'kata-sandi-lama')).toBeNull();
    expect(await verifyCredentials(sql, 'gita@pdam.example', 'kata-sandi-baru')).toEqual(user);
    expect(await passwordMatches(sql, user.id, 'kata-sandi-lama')).toBe(false);
    expect(await passwordMatches(sql, 'no-such-user-id', 'kata-sandi-baru')).toBe(false);
    await expect(setPassword(sql, user.id, 'pendek')).rejects.toThrow(/Invalid password: value: must be at least 8 characters/);
  });
});
