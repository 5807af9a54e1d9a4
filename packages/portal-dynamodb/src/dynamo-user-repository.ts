import type {
  Change,
  Membership,
  Organisation,
  PortalLanguage,
  UserProfile,
  UserRepository,
} from '@devportal/portal-domain';
import { ConflictError, NotFoundError } from '@devportal/portal-domain';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';
import { memberItem } from './member-item.js';
import { organisationItem } from './organisation-item.js';
import { userProfileItem, userProfileOf } from './user-profile-item.js';
import { itemExists, itemIsAbsent, putItem } from './write-operations.js';

/** {@link UserRepository} on the portal table: `USER#<userId> / PROFILE`. */
export class DynamoUserRepository implements UserRepository {
  constructor(private readonly store: DocumentStore) {}

  async get(userId: string): Promise<UserProfile | undefined> {
    const item = await this.store.get(keys.userProfile(userId));
    if (!item) return undefined;
    return userProfileOf(item);
  }

  async register(
    profile: UserProfile,
    testOrganisation: Organisation,
    owner: Membership,
    change: Change,
  ): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        putItem(table, userProfileItem(profile), itemIsAbsent, {
          onConditionFailed: () => new ConflictError('user_already_registered'),
        }),
        putItem(table, organisationItem(testOrganisation), itemIsAbsent),
        putItem(table, memberItem(owner), itemIsAbsent),
      ]),
    );
  }

  async setLanguage(userId: string, language: PortalLanguage): Promise<UserProfile> {
    // Conditioned on the profile existing, so that no half profile of a stranger is created.
    const changed = await this.store.update(
      keys.userProfile(userId),
      {
        expression: 'SET #language = :language',
        names: { '#language': 'language' },
        values: { ':language': language },
      },
      itemExists,
    );
    if (!changed) throw new NotFoundError('user_not_registered');
    const profile = await this.get(userId);
    if (!profile) throw new NotFoundError('user_not_registered');
    return profile;
  }
}
