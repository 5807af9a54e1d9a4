import { runLedger } from './run-ledger.js';
import { type Person, portalOk, signUp } from './stack-session.js';

/** An organisation whose Owner made `inviter` an Administrator, and the inviter's second account. */
export interface PlantingScene {
  readonly organisationId: string;
  readonly owner: Person;
  readonly inviter: Person;
  /** The inviter's second account (or a friend): not a member yet. */
  readonly accomplice: Person;
}

/** The invitation an Administrator issued to their accomplice while they still could. */
export interface PlantedInvitation extends PlantingScene {
  readonly invitationId: string;
  readonly token: string;
}

/** A fresh organisation with an Owner, an Administrator and the Administrator's accomplice. */
export async function plantingScene(label: string): Promise<PlantingScene> {
  const [owner, inviter, accomplice] = await Promise.all([
    signUp(`${label}-owner`),
    signUp(`${label}-admin`),
    signUp(`${label}-second-account`),
  ]);
  const created = await portalOk(owner, 'POST', '/v1/organizations', { body: { name: label } });
  const invited = await portalOk(owner, 'POST', `/v1/organizations/${created.id}/invitations`, {
    body: { email: inviter.email, role: 'Administrator' },
  });
  runLedger.witness(`invitation token of ${label}`, invited.token);
  await portalOk(inviter, 'POST', `/v1/invitations/${encodeURIComponent(invited.token)}/accept`);
  return { organisationId: created.id, owner, inviter, accomplice };
}

/** The Administrator invites their accomplice as Administrator: the invitation they plant. */
export async function plantedInvitation(scene: PlantingScene): Promise<PlantedInvitation> {
  const planted = await portalOk(
    scene.inviter,
    'POST',
    `/v1/organizations/${scene.organisationId}/invitations`,
    { body: { email: scene.accomplice.email, role: 'Administrator' } },
  );
  runLedger.witness('planted invitation token', planted.token);
  return { ...scene, invitationId: planted.invitation.id, token: planted.token };
}
