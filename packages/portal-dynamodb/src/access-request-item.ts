import { ACCESS_REQUEST_STATUSES, type AccessRequest } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';

/** The stored form of an access request, indexed by its status for the operator's lists. */
export function accessRequestItem(request: AccessRequest): ItemKey & StoredItem {
  return {
    ...keys.accessRequest(request.organisationId, request.productId),
    ...keys.accessRequestStatusLookup(
      request.status,
      request.submittedAt,
      request.organisationId,
      request.productId,
    ),
    entity: 'AccessRequest',
    ...request,
  };
}

/** The access request an item stores. */
export function accessRequestOf(item: StoredItem): AccessRequest {
  const read = new ItemReader(item, 'AccessRequest');
  const contactPhone = read.optionalString('contactPhone');
  const decidedBy = read.optionalString('decidedBy');
  const decidedAt = read.optionalString('decidedAt');
  const comment = read.optionalString('comment');
  const submittedByEmail = read.optionalString('submittedByEmail');
  const submittedByName = read.optionalString('submittedByName');
  return {
    id: read.string('id'),
    organisationId: read.string('organisationId'),
    productId: read.string('productId'),
    status: read.oneOf('status', ACCESS_REQUEST_STATUSES),
    contactName: read.string('contactName'),
    contactEmail: read.string('contactEmail'),
    ...(contactPhone !== undefined && { contactPhone }),
    purpose: read.string('purpose'),
    submittedBy: read.string('submittedBy'),
    ...(submittedByEmail !== undefined && { submittedByEmail }),
    ...(submittedByName !== undefined && { submittedByName }),
    submittedAt: read.string('submittedAt'),
    ...(decidedBy !== undefined && { decidedBy }),
    ...(decidedAt !== undefined && { decidedAt }),
    ...(comment !== undefined && { comment }),
    version: read.number('version'),
  };
}
