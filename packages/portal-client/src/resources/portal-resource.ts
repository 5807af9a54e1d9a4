import type { PortalCore } from '../client/portal-core.js';

/** A group of operations of the client (`client.organizations`, …), all sent through one core. */
export abstract class PortalResource {
  protected readonly core: PortalCore;

  constructor(core: PortalCore) {
    this.core = core;
  }
}
