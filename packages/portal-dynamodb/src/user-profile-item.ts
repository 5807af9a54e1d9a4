import { PORTAL_LANGUAGES, type UserProfile } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';

/** The stored form of a user's profile. */
export function userProfileItem(profile: UserProfile): ItemKey & StoredItem {
  return { ...keys.userProfile(profile.userId), entity: 'UserProfile', ...profile };
}

/** The profile an item stores. */
export function userProfileOf(item: StoredItem): UserProfile {
  const read = new ItemReader(item, 'UserProfile');
  const name = read.optionalString('name');
  const language =
    item.language === undefined ? undefined : read.oneOf('language', PORTAL_LANGUAGES);
  return {
    userId: read.string('userId'),
    email: read.string('email'),
    ...(name !== undefined && { name }),
    registeredAt: read.string('registeredAt'),
    testOrganisationId: read.string('testOrganisationId'),
    ...(language !== undefined && { language }),
  };
}
