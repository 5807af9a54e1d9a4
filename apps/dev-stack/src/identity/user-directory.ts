import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type ScryptHash, scryptHash, scryptMatches } from './scrypt-hash.js';

/** A person registered with the dev identity provider. */
export interface DevUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  /** Groups as Cognito names them (`operators` marks a bank platform operator). */
  readonly groups: readonly string[];
  readonly createdAt: string;
  /** The language the person chose for the site (`ru` or `en`), once they chose one. */
  readonly locale?: string;
}

/** What a person may change of their own profile. */
export interface ProfileChanges {
  readonly name?: string;
  readonly locale?: string;
}

interface StoredUser extends DevUser {
  readonly passwordHash: ScryptHash;
}

/** What a person gives to register. */
export interface Registration {
  readonly email: string;
  readonly password: string;
  readonly name?: string;
  readonly groups?: readonly string[];
  /** The site's language the person signs up in (`ru` or `en`). */
  readonly locale?: string;
}

/** Raised when an e-mail address is registered already. */
export class EmailTakenError extends Error {
  constructor() {
    super('This e-mail address is registered already.');
    this.name = 'EmailTakenError';
  }
}

/**
 * The dev identity provider's people, kept in one JSON file (or in memory when no file is
 * given). Passwords are stored only as scrypt hashes. Meant for one process on one machine.
 */
export class UserDirectory {
  readonly #usersByEmail = new Map<string, StoredUser>();
  readonly #filePath: string | undefined;
  #writing: Promise<void> = Promise.resolve();

  private constructor(filePath: string | undefined, users: readonly StoredUser[]) {
    this.#filePath = filePath;
    for (const user of users) this.#usersByEmail.set(user.email, user);
  }

  /** Opens the directory stored at `filePath` (created on first write), or an in-memory one. */
  static async open(filePath?: string): Promise<UserDirectory> {
    if (!filePath) return new UserDirectory(undefined, []);
    const users = await readFile(filePath, 'utf8').then(
      (text) => JSON.parse(text) as StoredUser[],
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      },
    );
    return new UserDirectory(filePath, users);
  }

  /** Registers a person; the e-mail address is compared case-insensitively. */
  async register(registration: Registration): Promise<DevUser> {
    const email = normaliseEmail(registration.email);
    if (this.#usersByEmail.has(email)) throw new EmailTakenError();
    // Passwords have little entropy: a slow, salted hash (its cost recorded with it).
    const passwordHash = await scryptHash(registration.password);
    if (this.#usersByEmail.has(email)) throw new EmailTakenError();
    const user: StoredUser = {
      id: randomUUID(),
      email,
      name: registration.name?.trim() || email.split('@')[0] || email,
      groups: [...(registration.groups ?? [])],
      createdAt: new Date().toISOString(),
      ...(registration.locale !== undefined && { locale: registration.locale }),
      passwordHash,
    };
    this.#usersByEmail.set(email, user);
    await this.#persist();
    return publicView(user);
  }

  /** The person with these credentials, or `undefined`. */
  async authenticate(email: string, password: string): Promise<DevUser | undefined> {
    const user = this.#usersByEmail.get(normaliseEmail(email));
    if (!user) return undefined;
    return (await scryptMatches(password, user.passwordHash)) ? publicView(user) : undefined;
  }

  /** Sets a new password of the person registered with `email`; false when there is none. */
  async setPassword(email: string, password: string): Promise<boolean> {
    const key = normaliseEmail(email);
    const passwordHash = await scryptHash(password);
    const user = this.#usersByEmail.get(key);
    if (!user) return false;
    this.#usersByEmail.set(key, { ...user, passwordHash });
    await this.#persist();
    return true;
  }

  /** Changes the name or language of the person registered with `email`. */
  async updateProfile(email: string, changes: ProfileChanges): Promise<DevUser | undefined> {
    const key = normaliseEmail(email);
    const user = this.#usersByEmail.get(key);
    if (!user) return undefined;
    const updated: StoredUser = {
      ...user,
      ...(changes.name !== undefined && { name: changes.name.trim() || user.name }),
      ...(changes.locale !== undefined && { locale: changes.locale }),
    };
    this.#usersByEmail.set(key, updated);
    await this.#persist();
    return publicView(updated);
  }

  /** The person registered with this e-mail address, if any. */
  find(email: string): DevUser | undefined {
    const user = this.#usersByEmail.get(normaliseEmail(email));
    return user && publicView(user);
  }

  async #persist(): Promise<void> {
    const filePath = this.#filePath;
    if (!filePath) return;
    const snapshot = JSON.stringify([...this.#usersByEmail.values()], null, 2);
    // Writes are chained and atomic (temp file + rename) so a crash never leaves half a file.
    this.#writing = this.#writing.then(async () => {
      await mkdir(dirname(filePath), { recursive: true });
      const temporary = `${filePath}.${process.pid}.tmp`;
      await writeFile(temporary, snapshot, { mode: 0o600 });
      await rename(temporary, filePath);
    });
    await this.#writing;
  }
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function publicView({ passwordHash: _hash, ...user }: StoredUser): DevUser {
  return user;
}
