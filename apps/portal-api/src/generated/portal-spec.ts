/**
 * This file was generated from spec/portal.yaml by scripts/generate-portal-spec.ts.
 * Do not make direct changes to the file: run `pnpm --filter @devportal/portal-api generate`.
 */

/** The portal API's OpenAPI document, parsed. */
export const portalSpec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "devportal — portal API",
    "version": "1.0.0",
    "summary": "The developer portal's HTTPS API for people.",
    "description": "Everything a person does on the portal: their organisations, colleagues and roles,\napplications and their credentials, the API product catalog and subscriptions, access\nrequests for confidential products, the organisation's bank connection and its audit trail.\n\n**Authentication.** Every call carries the person's JWT from the identity provider\n(Amazon Cognito in AWS, the dev identity provider locally) as `Authorization: Bearer <jwt>`.\n\n**Organisations.** Everything happens inside one organisation, named in the path. The\ncaller's role there decides what is allowed: each operation names its role-matrix action in\n`x-action` (see `packages/portal-domain/src/roles/role-matrix.ts`); a refused action answers\n403. An organisation the caller does not belong to answers 404, exactly as one that does not\nexist: nothing of another organisation is visible.\n\n**Errors** are problem details (RFC 9457, `application/problem+json`); validation errors\nlist the offending fields in `errors`.\n\n**Lists** are cursor-paginated: pass `nextCursor` of a page as `cursor` to read the next\none; a page without `nextCursor` is the last.\n\n**Statuses every operation may answer** besides those it declares: 405 with an `Allow` header\nwhen the path exists but not with that method (a path, not an operation, answers it, so it is\ndeclared nowhere else), and 500 with a generic problem on an unexpected fault of ours (logged\nwith the request id; its cause is never in the answer).\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "devportal",
      "url": "https://github.com/devportal"
    }
  },
  "servers": [
    {
      "url": "/",
      "description": "The portal's own origin (`pnpm start` serves it on http://localhost:3000)."
    }
  ],
  "security": [
    {
      "personJwt": []
    }
  ],
  "tags": [
    {
      "name": "me",
      "description": "The signed-in person."
    },
    {
      "name": "organizations",
      "description": "Organisations and their cabinet."
    },
    {
      "name": "members",
      "description": "Colleagues, roles and ownership."
    },
    {
      "name": "invitations",
      "description": "Invitations of colleagues by e-mail."
    },
    {
      "name": "applications",
      "description": "Applications and their Client ID / Client Secret."
    },
    {
      "name": "catalog",
      "description": "API products and their tariff plans."
    },
    {
      "name": "subscriptions",
      "description": "Subscriptions of applications to tariff plans."
    },
    {
      "name": "webhooks",
      "description": "Webhooks of an application, signed with a secret shown once, and their delivery log."
    },
    {
      "name": "access-requests",
      "description": "Requests for access to confidential API products."
    },
    {
      "name": "operator",
      "description": "Review of access requests by the bank's platform operators."
    },
    {
      "name": "bank-connection",
      "description": "The organisation's SberBusiness ID connection to the bank."
    },
    {
      "name": "audit",
      "description": "The organisation's audit trail."
    },
    {
      "name": "limit-changes",
      "description": "The organisation's limit-change requests at the bank and their status sync."
    },
    {
      "name": "analytics",
      "description": "API-call analytics of the organisation's applications."
    }
  ],
  "paths": {
    "/v1/me": {
      "get": {
        "operationId": "getMe",
        "x-client-method": "me",
        "tags": [
          "me"
        ],
        "summary": "Get my profile and organisations",
        "description": "The first call provisions the person: it records the profile and creates their test organisation, with them as Owner.",
        "responses": {
          "200": {
            "description": "My profile and my organisations with my role in each.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Me"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          }
        }
      }
    },
    "/v1/organizations": {
      "get": {
        "operationId": "listOrganizations",
        "x-client-method": "organizations.list",
        "tags": [
          "organizations"
        ],
        "summary": "List my organisations",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of my organisations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OrganizationPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          }
        }
      },
      "post": {
        "operationId": "createOrganization",
        "x-client-method": "organizations.create",
        "tags": [
          "organizations"
        ],
        "summary": "Create an organisation",
        "description": "Any person may create any number of organisations; the creator is the Owner.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrganizationInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new organisation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Organization"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/v1/organizations/{orgId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "getOrganization",
        "x-client-method": "organizations.get",
        "tags": [
          "organizations"
        ],
        "summary": "Get the organisation's cabinet",
        "x-action": "organisation.view",
        "responses": {
          "200": {
            "description": "The organisation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Organization"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "renameOrganization",
        "x-client-method": "organizations.rename",
        "tags": [
          "organizations"
        ],
        "summary": "Rename the organisation",
        "x-action": "organisation.rename",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrganizationInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The renamed organisation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Organization"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      },
      "delete": {
        "operationId": "deleteOrganization",
        "x-client-method": "organizations.delete",
        "tags": [
          "organizations"
        ],
        "summary": "Delete the organisation and everything in it",
        "x-action": "organisation.delete",
        "responses": {
          "204": {
            "description": "Deleted; its applications' credentials no longer work, and gateway tokens they hold are refused within 5 seconds."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/members": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "listMembers",
        "x-client-method": "members.list",
        "tags": [
          "members"
        ],
        "summary": "List the organisation's members",
        "x-action": "organisation.view",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of members.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MemberPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/members/{userId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/UserId"
        }
      ],
      "patch": {
        "operationId": "changeMemberRole",
        "x-client-method": "members.changeRole",
        "tags": [
          "members"
        ],
        "summary": "Change a member's role",
        "description": "The Owner's role changes only by transferring ownership. A member given a role that may not invite has the invitations they issued revoked in the same change (each recorded in the audit trail as `invitation.revoked`).",
        "x-action": "member.changeRole",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RoleChange"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The member with the new role.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Member"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      },
      "delete": {
        "operationId": "removeMember",
        "x-client-method": "members.remove",
        "tags": [
          "members"
        ],
        "summary": "Remove a member, or leave the organisation",
        "description": "Removing another member needs `member.remove`; any member may remove themselves (leave), except the Owner (transfer ownership first) and the last member. The invitations the member issued are revoked in the same change (each recorded in the audit trail as `invitation.revoked`); 409 `concurrent_modification` if one of them was accepted meanwhile (read again and retry).",
        "x-action": "member.remove",
        "x-self-allowed": true,
        "responses": {
          "204": {
            "description": "The member is no longer in the organisation."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/owner": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "put": {
        "operationId": "transferOwnership",
        "x-client-method": "members.transferOwnership",
        "tags": [
          "members"
        ],
        "summary": "Transfer the Owner role to a member",
        "description": "The previous Owner becomes an Administrator; the organisation keeps exactly one Owner.",
        "x-action": "organisation.transferOwnership",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OwnershipTransfer"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new Owner.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Member"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/invitations": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "listInvitations",
        "x-client-method": "invitations.list",
        "tags": [
          "invitations"
        ],
        "summary": "List pending invitations",
        "x-action": "member.invite",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of invitations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvitationPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "createInvitation",
        "x-client-method": "invitations.create",
        "tags": [
          "invitations"
        ],
        "summary": "Invite a colleague by e-mail",
        "description": "The invitation's token is returned once, for the invitation link; only its hash is kept. It may be accepted once, by the invited address only, before it expires.",
        "x-action": "member.invite",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InvitationInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The invitation and its one-time token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreatedInvitation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/invitations/{invitationId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "name": "invitationId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "delete": {
        "operationId": "revokeInvitation",
        "x-client-method": "invitations.revoke",
        "tags": [
          "invitations"
        ],
        "summary": "Revoke an invitation",
        "description": "The invitation leaves the pending list; accepting it is answered with 409 `invitation_revoked` until it would have expired.",
        "x-action": "member.invite",
        "responses": {
          "204": {
            "description": "The invitation can no longer be accepted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/invitations/{token}/accept": {
      "parameters": [
        {
          "name": "token",
          "in": "path",
          "required": true,
          "description": "The invitation's one-time token.",
          "schema": {
            "type": "string",
            "pattern": "^[A-Za-z0-9_-]{43,128}$"
          }
        }
      ],
      "post": {
        "operationId": "acceptInvitation",
        "x-client-method": "invitations.accept",
        "tags": [
          "invitations"
        ],
        "summary": "Accept an invitation",
        "description": "Only the invited e-mail address may accept, once, before the invitation expires or is revoked, and only while whoever sent it may still invite to the organisation: 409 `invitation_revoked` (revoked, also when its inviter was removed or lost the right to invite) or `inviter_no_longer_entitled` (the inviter's right ended as it was accepted).",
        "responses": {
          "200": {
            "description": "My membership in the organisation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OrganizationSummary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/v1/invitations/{token}": {
      "parameters": [
        {
          "name": "token",
          "in": "path",
          "required": true,
          "description": "The invitation's one-time token.",
          "schema": {
            "type": "string",
            "pattern": "^[A-Za-z0-9_-]{43,128}$"
          }
        }
      ],
      "get": {
        "operationId": "previewInvitation",
        "x-client-method": "invitations.preview",
        "tags": [
          "invitations"
        ],
        "summary": "Preview an invitation before accepting it",
        "description": "What the invitation link offers: the organisation, the role, who invited and to which address. Only the token finds it (only its hash is stored); an unknown, expired, revoked or accepted invitation is the same 404 `invitation_not_found`.",
        "responses": {
          "200": {
            "description": "The invitation as its link offers it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvitationPreview"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/me/invitations": {
      "get": {
        "operationId": "listMyInvitations",
        "x-client-method": "invitations.listMine",
        "tags": [
          "invitations",
          "me"
        ],
        "summary": "List the invitations pending for my e-mail address",
        "description": "The pending invitations (not expired, revoked or accepted) to the caller's verified e-mail address, each with its organisation, role and inviter; never their tokens, which only the invitation e-mail carries.",
        "responses": {
          "200": {
            "description": "My pending invitations, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/PendingInvitation"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "listApplications",
        "x-client-method": "applications.list",
        "tags": [
          "applications"
        ],
        "summary": "List the organisation's applications",
        "x-action": "application.list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of applications.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplicationPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "createApplication",
        "x-client-method": "applications.create",
        "tags": [
          "applications"
        ],
        "summary": "Create an application with its Client ID and Client Secret",
        "description": "The Client Secret is in this response only; it is kept only as a keyed hash (HMAC-SHA-256 with a server secret).",
        "x-action": "application.manage",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApplicationInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The application and its credentials.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplicationWithSecret"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications/{appId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/AppId"
        }
      ],
      "get": {
        "operationId": "getApplication",
        "x-client-method": "applications.get",
        "tags": [
          "applications"
        ],
        "summary": "Get an application",
        "x-action": "application.list",
        "responses": {
          "200": {
            "description": "The application (never its secret).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Application"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateApplication",
        "x-client-method": "applications.update",
        "tags": [
          "applications"
        ],
        "summary": "Change an application",
        "x-action": "application.manage",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApplicationUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The changed application.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Application"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      },
      "delete": {
        "operationId": "deleteApplication",
        "x-client-method": "applications.delete",
        "tags": [
          "applications"
        ],
        "summary": "Delete an application",
        "description": "Its credentials and subscriptions stop working: no new gateway token is issued, and the gateway tokens it holds are refused within 5 seconds.",
        "x-action": "application.manage",
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications/{appId}/secret": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/AppId"
        }
      ],
      "post": {
        "operationId": "reissueClientSecret",
        "x-client-method": "applications.reissueSecret",
        "tags": [
          "applications"
        ],
        "summary": "Re-issue the Client Secret",
        "description": "Returns a new secret, once. The previous secret keeps working for the overlap (default 24 hours; 0 revokes it at once), so running clients can switch without downtime. Gateway tokens obtained with the previous secret are refused within 5 seconds of its end (of this call, with overlap 0).",
        "x-action": "application.reissueSecret",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SecretReissue"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new secret.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReissuedSecret"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/v1/products": {
      "get": {
        "operationId": "listProducts",
        "x-client-method": "products.list",
        "tags": [
          "catalog"
        ],
        "summary": "List the API products with their plans",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of products.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          }
        }
      }
    },
    "/v1/products/{productId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProductId"
        }
      ],
      "get": {
        "operationId": "getProduct",
        "x-client-method": "products.get",
        "tags": [
          "catalog"
        ],
        "summary": "Get an API product with its plans",
        "responses": {
          "200": {
            "description": "The product.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Product"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications/{appId}/subscriptions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/AppId"
        }
      ],
      "get": {
        "operationId": "listSubscriptions",
        "x-client-method": "subscriptions.list",
        "tags": [
          "subscriptions"
        ],
        "summary": "List an application's subscriptions",
        "x-action": "subscription.list",
        "responses": {
          "200": {
            "description": "The application's subscriptions, one per product at most.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications/{appId}/subscriptions/{productId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/AppId"
        },
        {
          "$ref": "#/components/parameters/ProductId"
        }
      ],
      "put": {
        "operationId": "subscribe",
        "x-client-method": "subscriptions.subscribe",
        "tags": [
          "subscriptions"
        ],
        "summary": "Subscribe to a plan of the product, or change the plan",
        "description": "An application holds at most one plan per product. A confidential plan needs the organisation's approved access request for the product.",
        "x-action": "subscription.manage",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The subscription (new or changed).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Subscription"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      },
      "delete": {
        "operationId": "unsubscribe",
        "x-client-method": "subscriptions.unsubscribe",
        "tags": [
          "subscriptions"
        ],
        "summary": "Unsubscribe from the product",
        "x-action": "subscription.manage",
        "responses": {
          "204": {
            "description": "The application no longer calls the product."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications/{appId}/calls": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/AppId"
        }
      ],
      "get": {
        "operationId": "listRecentCalls",
        "x-client-method": "analytics.recentCalls",
        "tags": [
          "analytics"
        ],
        "summary": "The application's latest calls through the cards gateway",
        "description": "The latest 50 calls of the application within the last 24 hours, newest first, as the gateway answered them: time, operation, status, latency and the `x-request-id` to quote to support.",
        "x-action": "analytics.view",
        "responses": {
          "200": {
            "description": "The latest calls, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecentCallList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications/{appId}/webhooks": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/AppId"
        }
      ],
      "get": {
        "operationId": "listWebhooks",
        "x-client-method": "webhooks.list",
        "tags": [
          "webhooks"
        ],
        "summary": "List an application's webhooks",
        "x-action": "application.list",
        "responses": {
          "200": {
            "description": "The application's webhooks (never their signing secrets), five at most.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "registerWebhook",
        "x-client-method": "webhooks.register",
        "tags": [
          "webhooks"
        ],
        "summary": "Register a webhook",
        "description": "Events of the chosen types (every type when `events` is omitted) are POSTed to `url` as JSON (the `webhooks` of this document), signed as Standard Webhooks specifies: headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,<base64 HMAC-SHA256>` of `<id>.<timestamp>.<body>`). The signing secret `whsec_<base64>` is in this response only. The URL is https on the standard port (443) to a DNS name: no IP literal, credentials or fragment, no name reserved for local or internal use (a single label, `localhost`, `.local`, `.internal`, `.home.arpa`, a trailing dot). The name is resolved now and before every delivery, and refused if any of its addresses is not public (loopback, private, link-local, shared, unique-local, metadata, multicast or reserved); each delivery connects to an address it checked, and redirects are not followed. A refusal is a 400 `invalid_webhook_url` whose `detail` names the rule. A name that does not resolve yet is accepted (its deliveries fail with `host_not_found` until it does). A local deployment may also accept plain http to the loopback interface and any port. An application has at most 5 webhooks.",
        "x-action": "application.manage",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The webhook and its signing secret.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RegisteredWebhook"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications/{appId}/webhooks/{webhookId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/AppId"
        },
        {
          "$ref": "#/components/parameters/WebhookId"
        }
      ],
      "delete": {
        "operationId": "deleteWebhook",
        "x-client-method": "webhooks.delete",
        "tags": [
          "webhooks"
        ],
        "summary": "Delete a webhook",
        "x-action": "application.manage",
        "responses": {
          "204": {
            "description": "Nothing more is sent to it; deliveries still queued are cancelled."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications/{appId}/webhooks/{webhookId}/deliveries": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/AppId"
        },
        {
          "$ref": "#/components/parameters/WebhookId"
        }
      ],
      "get": {
        "operationId": "listWebhookDeliveries",
        "x-client-method": "webhooks.deliveries",
        "tags": [
          "webhooks"
        ],
        "summary": "List a webhook's delivery attempts, newest first",
        "description": "Every attempt to deliver an event, kept 30 days; a retried event appears once per attempt.",
        "x-action": "application.list",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of delivery attempts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookDeliveryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/applications/{appId}/webhooks/{webhookId}/test-events": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "$ref": "#/components/parameters/AppId"
        },
        {
          "$ref": "#/components/parameters/WebhookId"
        }
      ],
      "post": {
        "operationId": "sendWebhookTestEvent",
        "x-client-method": "webhooks.sendTestEvent",
        "tags": [
          "webhooks"
        ],
        "summary": "Send a test event to a webhook",
        "description": "Queues one `webhook.test` event for this webhook only, whatever kinds of event it wants. It is signed and delivered like any other (the destination checked again, retried on failure, logged among the webhook's deliveries) by the next delivery round: within a minute in AWS, at the status sync's pace locally. Each call is a new event with a new id.",
        "x-action": "application.manage",
        "responses": {
          "202": {
            "description": "The test event, queued.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/QueuedWebhookTestEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/access-requests": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "listAccessRequests",
        "x-client-method": "accessRequests.list",
        "tags": [
          "access-requests"
        ],
        "summary": "List the organisation's access requests",
        "x-action": "organisation.view",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of access requests.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccessRequestPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "submitAccessRequest",
        "x-client-method": "accessRequests.submit",
        "tags": [
          "access-requests"
        ],
        "summary": "Ask for access to a confidential product",
        "description": "For products with personal data, bank or commercial secrecy. A bank operator approves the request once the partner agreement, NDA and the technical agreement are signed.",
        "x-action": "accessRequest.submit",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccessRequestInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The pending request.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccessRequest"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/v1/operator/access-requests": {
      "get": {
        "operationId": "listAccessRequestsForReview",
        "x-client-method": "operator.accessRequests.list",
        "tags": [
          "operator"
        ],
        "summary": "List access requests for review (platform operators)",
        "x-operator": true,
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/AccessRequestStatus"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of access requests of every organisation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccessRequestPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/v1/operator/access-requests/{requestId}/decision": {
      "parameters": [
        {
          "name": "requestId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "post": {
        "operationId": "decideAccessRequest",
        "x-client-method": "operator.accessRequests.decide",
        "tags": [
          "operator"
        ],
        "summary": "Approve, reject or revoke an access request (platform operators)",
        "x-operator": true,
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccessDecision"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The request after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccessRequest"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/bank-connection": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "getBankConnection",
        "x-client-method": "bankConnection.get",
        "tags": [
          "bank-connection"
        ],
        "summary": "Get the status of the organisation's bank connection",
        "x-action": "organisation.view",
        "responses": {
          "200": {
            "description": "The connection's status (never its tokens).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BankConnection"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "delete": {
        "operationId": "disconnectBank",
        "x-client-method": "bankConnection.disconnect",
        "tags": [
          "bank-connection"
        ],
        "summary": "Disconnect the bank (forget the tokens)",
        "x-action": "bankConnection.manage",
        "responses": {
          "204": {
            "description": "The tokens are deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/bank-connection/authorization": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "post": {
        "operationId": "startBankAuthorization",
        "x-client-method": "bankConnection.startAuthorization",
        "tags": [
          "bank-connection"
        ],
        "summary": "Start connecting the bank through SberBusiness ID",
        "description": "Returns the SberBusiness ID authorize URL (with `state` and a PKCE challenge) to open in the browser. After consent the bank redirects to the website's callback page, which finishes with `completeBankAuthorization` as the same person.",
        "x-action": "bankConnection.manage",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BankAuthorizationInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Where to send the person.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BankAuthorization"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          }
        }
      }
    },
    "/v1/bank-connection/callback": {
      "post": {
        "operationId": "completeBankAuthorization",
        "x-client-method": "bankConnection.completeAuthorization",
        "tags": [
          "bank-connection"
        ],
        "summary": "Finish connecting the bank with what SberBusiness ID sent back",
        "description": "SberBusiness ID sends the browser back to the website's `/bank-connection/callback` page, which posts the `code` and `state` (or the bank's `error`) here with the signed-in person's JWT. The `state` must have been issued to this same person (for the organisation it was started in), be unused and unexpired; it is consumed by this call only then, so someone else posting it neither connects their bank nor spends it. The code is exchanged and the tokens stored encrypted, attributed to this person.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BankAuthorizationCallback"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The organisation the authorization was started in, and its connection.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CompletedBankAuthorization"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "description": "The person who started the authorization may no longer manage the bank connection (their role changed meanwhile).",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "404": {
            "description": "`bank_authorization_not_found`: the state is unknown, used, expired or was issued to another person; nothing is connected and the state is not spent. Also `organisation_not_found` when the person is no longer a member.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/audit-events": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "listAuditEvents",
        "x-client-method": "auditEvents.list",
        "tags": [
          "audit"
        ],
        "summary": "List the organisation's audit events, newest first",
        "x-action": "audit.view",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of audit events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuditEventPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/analytics": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "getAnalytics",
        "x-client-method": "analytics.get",
        "tags": [
          "analytics"
        ],
        "summary": "API-call analytics of the organisation's applications",
        "description": "Calls, calls by HTTP status class (the errors are `4xx` and `5xx`) and latency percentiles (from mergeable log-spaced sketches, within 1 % of the exact value) per time bucket, as the cards gateway counted them. Filter by application, product and operation; without `applicationId` every application of the organisation counts, deleted ones included for the calls they made. `from` and `to` are truncated to the granularity; the period may be at most the granularity's retention (minutes 2 days, hours 35 days, days 400 days).",
        "x-action": "analytics.view",
        "parameters": [
          {
            "name": "applicationId",
            "in": "query",
            "required": false,
            "description": "Only this application's calls.",
            "schema": {
              "$ref": "#/components/schemas/Id"
            }
          },
          {
            "name": "productId",
            "in": "query",
            "required": false,
            "description": "Only calls of this API product.",
            "schema": {
              "$ref": "#/components/schemas/Slug"
            }
          },
          {
            "name": "operation",
            "in": "query",
            "required": false,
            "description": "Only calls of this operation of the product (the bank's operationId).",
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z][A-Za-z0-9]{0,63}$"
            }
          },
          {
            "name": "granularity",
            "in": "query",
            "required": false,
            "description": "The length of a bucket.",
            "schema": {
              "$ref": "#/components/schemas/Granularity"
            }
          },
          {
            "name": "from",
            "in": "query",
            "required": false,
            "description": "The start of the period (default: `to` minus a day for minutes and hours, minus 30 days for days).",
            "schema": {
              "$ref": "#/components/schemas/Timestamp"
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "description": "The end of the period, inclusive (default now).",
            "schema": {
              "$ref": "#/components/schemas/Timestamp"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The buckets of the period that saw calls, oldest first, and their totals.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Analytics"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/limit-changes": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "listLimitChanges",
        "x-client-method": "limitChanges.list",
        "tags": [
          "limit-changes"
        ],
        "summary": "List the organisation's limit-change requests",
        "description": "The requests the organisation's applications created at the bank through the cards gateway, with the state the status sync last saw, ordered by `externalId`.",
        "x-action": "organisation.view",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of limit-change requests.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LimitChangePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/limit-changes/{externalId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "name": "externalId",
          "in": "path",
          "required": true,
          "description": "The request's id at the bank, chosen by the application that created it.",
          "schema": {
            "$ref": "#/components/schemas/BankDocumentId"
          }
        }
      ],
      "get": {
        "operationId": "getLimitChange",
        "x-client-method": "limitChanges.get",
        "tags": [
          "limit-changes"
        ],
        "summary": "Get a limit-change request with its state history",
        "x-action": "organisation.view",
        "responses": {
          "200": {
            "description": "The request and every state it went through.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LimitChange"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/organizations/{orgId}/limit-changes/sync": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "post": {
        "operationId": "syncLimitChanges",
        "x-client-method": "limitChanges.sync",
        "tags": [
          "limit-changes"
        ],
        "summary": "Ask the bank now for the state of the organisation's open requests",
        "description": "Starts the status sync for this organisation at once instead of waiting for its schedule and answers without waiting for it: the run's report is read afterwards from the run (`Location`). Requests in a final state are not checked again. One run per organisation at a time, and no sooner than a cooldown (30 s) after the last one started: otherwise 429 with `Retry-After`.",
        "x-action": "limitChange.sync",
        "responses": {
          "202": {
            "description": "The run started; poll it at `Location` until it is no longer `running`.",
            "headers": {
              "Location": {
                "description": "The run (`getLimitChangeSyncRun`).",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LimitChangeSyncRun"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "description": "A run of the organisation is still running or started within the cooldown.",
            "headers": {
              "Retry-After": {
                "description": "Seconds until a new run may start, at the earliest.",
                "schema": {
                  "type": "integer",
                  "minimum": 1
                }
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "502": {
            "description": "The status sync could not be started (the schedule will run it; or retry later).",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/organizations/{orgId}/limit-changes/sync-runs/{runId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        },
        {
          "name": "runId",
          "in": "path",
          "required": true,
          "description": "The run, as `syncLimitChanges` answered it.",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "get": {
        "operationId": "getLimitChangeSyncRun",
        "x-client-method": "limitChanges.syncRun",
        "tags": [
          "limit-changes"
        ],
        "summary": "Get a status-sync run and, once it completed, its report",
        "description": "A run is `running` until the status sync reports it (`completed`, with its report) or its deadline passes without a report (`failed`: the schedule checks the requests).",
        "x-action": "organisation.view",
        "responses": {
          "200": {
            "description": "The run.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LimitChangeSyncRun"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    }
  },
  "webhooks": {
    "limit_change.state_changed": {
      "post": {
        "tags": [
          "webhooks"
        ],
        "summary": "A limit-change request's state changed at the bank",
        "description": "Sent to the webhooks of the application that created the request (to every webhook of the organisation when no application did) that want `limit_change.state_changed`, once per state the status sync sees.",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookIdHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestampHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookSignatureHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/LimitChangeStateChangedEvent"
              }
            }
          }
        },
        "responses": {
          "2XX": {
            "$ref": "#/components/responses/WebhookReceived"
          }
        }
      }
    },
    "quota.warning": {
      "post": {
        "tags": [
          "webhooks"
        ],
        "summary": "An application used 80, 90 or 100 % of a quota window",
        "description": "Sent to the application's webhooks that want `quota.warning`, once per quota window and threshold however many gateways see it crossed.",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookIdHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestampHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookSignatureHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/QuotaWarningEvent"
              }
            }
          }
        },
        "responses": {
          "2XX": {
            "$ref": "#/components/responses/WebhookReceived"
          }
        }
      }
    },
    "webhook.test": {
      "post": {
        "tags": [
          "webhooks"
        ],
        "summary": "A test event a member sent from the portal",
        "description": "Sent to one webhook when a member asks for a test event (`sendWebhookTestEvent`), whatever kinds of event the webhook wants; it carries no business data.",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookIdHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestampHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookSignatureHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookTestEvent"
              }
            }
          }
        },
        "responses": {
          "2XX": {
            "$ref": "#/components/responses/WebhookReceived"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "personJwt": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "A person's ID token from the identity provider (`token_use` `id`), with `exp` and an `iat` at most a day old; an access token, or a token without an expiry, is refused with 401."
      }
    },
    "parameters": {
      "OrgId": {
        "name": "orgId",
        "in": "path",
        "required": true,
        "description": "The organisation.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "UserId": {
        "name": "userId",
        "in": "path",
        "required": true,
        "description": "The member (a person's id).",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "AppId": {
        "name": "appId",
        "in": "path",
        "required": true,
        "description": "The application.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "WebhookId": {
        "name": "webhookId",
        "in": "path",
        "required": true,
        "description": "The webhook.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "WebhookIdHeader": {
        "name": "webhook-id",
        "in": "header",
        "required": true,
        "description": "The event's id (Standard Webhooks), the same on every retry: de-duplicate by it. Equal to the body's `id`.",
        "schema": {
          "type": "string"
        }
      },
      "WebhookTimestampHeader": {
        "name": "webhook-timestamp",
        "in": "header",
        "required": true,
        "description": "When this attempt was signed, in unix seconds (Standard Webhooks); refuse one far from your clock (5 minutes by default) so a captured delivery cannot be replayed.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]+$"
        }
      },
      "WebhookSignatureHeader": {
        "name": "webhook-signature",
        "in": "header",
        "required": true,
        "description": "Space-separated signatures (Standard Webhooks), each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>` under the key that is the base64 part of the webhook's secret `whsec_<base64>`; one matching signature is enough.",
        "schema": {
          "type": "string"
        }
      },
      "ProductId": {
        "name": "productId",
        "in": "path",
        "required": true,
        "description": "The API product.",
        "schema": {
          "$ref": "#/components/schemas/Slug"
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Items per page.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "required": false,
        "description": "`nextCursor` of the previous page.",
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,1024}$"
        }
      }
    },
    "responses": {
      "WebhookReceived": {
        "description": "Received: any 2xx ends the delivery. Any other answer, a redirect included, or none within 5 s is retried after 1, 4, 16 and 64 minutes, about 4 and 17 hours, then a day."
      },
      "BadRequest": {
        "description": "The request breaks the contract; `errors` names the fields.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Unauthenticated": {
        "description": "No valid token of a person.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The caller's role does not allow the action.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such resource, or it belongs to an organisation the caller is not in.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Conflict": {
        "description": "The change would break an invariant or races another change.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "BadGateway": {
        "description": "The bank refused or did not answer.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is larger than the API accepts (64 KiB).",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The request body is not `application/json`.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      }
    },
    "schemas": {
      "Id": {
        "type": "string",
        "description": "An opaque identifier.",
        "pattern": "^[A-Za-z0-9_-]{1,64}$"
      },
      "Slug": {
        "type": "string",
        "description": "A readable identifier.",
        "pattern": "^[a-z0-9][a-z0-9-]{0,62}$"
      },
      "Name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100,
        "pattern": "^\\S(.*\\S)?$",
        "description": "A display name without leading or trailing spaces."
      },
      "Email": {
        "type": "string",
        "format": "email",
        "maxLength": 254
      },
      "Timestamp": {
        "type": "string",
        "format": "date-time"
      },
      "Role": {
        "type": "string",
        "enum": [
          "Owner",
          "Administrator",
          "Developer",
          "Observer"
        ]
      },
      "AssignableRole": {
        "type": "string",
        "description": "A role an invitation or a role change may grant; the Owner role moves only by transfer.",
        "enum": [
          "Administrator",
          "Developer",
          "Observer"
        ]
      },
      "Problem": {
        "type": "object",
        "description": "Problem details (RFC 9457).",
        "required": [
          "type",
          "title",
          "status"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "A URI reference naming the kind of problem."
          },
          "title": {
            "type": "string",
            "description": "A short summary of the kind of problem."
          },
          "status": {
            "type": "integer",
            "description": "The HTTP status."
          },
          "detail": {
            "type": "string",
            "description": "What went wrong in this case."
          },
          "instance": {
            "type": "string",
            "description": "The request's path."
          },
          "code": {
            "$ref": "#/components/schemas/ProblemCode"
          },
          "requestId": {
            "type": "string",
            "description": "Identifier of the request, for support."
          },
          "errors": {
            "type": "array",
            "description": "The offending fields of a validation problem.",
            "items": {
              "$ref": "#/components/schemas/FieldError"
            }
          }
        }
      },
      "ProblemCode": {
        "type": "string",
        "description": "The stable machine code of the problem; a client shows its own text per code (the portal's website has a Russian and an English one for each), `title` and `detail` are English.",
        "enum": [
          "unauthenticated",
          "invalid_request",
          "malformed_json",
          "unsupported_media_type",
          "payload_too_large",
          "route_not_found",
          "method_not_allowed",
          "bank_authorization_not_found",
          "bank_authorization_refused",
          "status_sync_failed",
          "sync_run_busy",
          "internal_error",
          "forbidden",
          "organisation_not_found",
          "member_not_found",
          "invitation_not_found",
          "user_not_registered",
          "concurrent_modification",
          "user_already_registered",
          "already_a_member",
          "owner_cannot_be_removed",
          "owner_cannot_be_demoted",
          "owner_must_transfer_before_leaving",
          "last_member_cannot_leave",
          "already_the_owner",
          "invitation_expired",
          "invitation_revoked",
          "inviter_no_longer_entitled",
          "invalid_role",
          "invalid_email",
          "invalid_name",
          "invalid_cursor",
          "invitation_for_another_address",
          "application_not_found",
          "product_not_found",
          "plan_not_found",
          "subscription_not_found",
          "access_request_not_found",
          "limit_request_not_found",
          "sync_run_not_found",
          "operator_only",
          "access_request_not_approved",
          "access_request_open",
          "access_decision_not_allowed",
          "limit_request_exists",
          "bank_not_connected",
          "bank_connection_expired",
          "bank_token_refresh_busy",
          "invalid_application",
          "invalid_secret_overlap",
          "access_request_not_needed",
          "invalid_access_request",
          "invalid_period",
          "webhook_not_found",
          "webhook_limit_reached",
          "invalid_webhook_url",
          "invalid_webhook_events"
        ]
      },
      "FieldError": {
        "type": "object",
        "required": [
          "field",
          "message"
        ],
        "properties": {
          "field": {
            "type": "string",
            "description": "Where the value is (`body.name`, `query.limit`, `path.orgId`)."
          },
          "message": {
            "type": "string"
          }
        }
      },
      "User": {
        "type": "object",
        "required": [
          "id",
          "email"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "name": {
            "type": "string"
          },
          "operator": {
            "type": "boolean",
            "description": "Whether the person is a bank platform operator."
          }
        }
      },
      "Me": {
        "type": "object",
        "required": [
          "user",
          "organizations"
        ],
        "properties": {
          "user": {
            "$ref": "#/components/schemas/User"
          },
          "organizations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OrganizationSummary"
            }
          }
        }
      },
      "OrganizationInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/Name"
          }
        }
      },
      "OrganizationSummary": {
        "type": "object",
        "required": [
          "id",
          "name",
          "role",
          "test"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "test": {
            "type": "boolean",
            "description": "Whether this is the test organisation created at registration."
          }
        }
      },
      "Organization": {
        "type": "object",
        "required": [
          "id",
          "name",
          "role",
          "test",
          "createdAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "test": {
            "type": "boolean"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "memberCount": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "OrganizationPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OrganizationSummary"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "Member": {
        "type": "object",
        "required": [
          "userId",
          "email",
          "role",
          "joinedAt"
        ],
        "properties": {
          "userId": {
            "$ref": "#/components/schemas/Id"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "joinedAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "MemberPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Member"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "RoleChange": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "role"
        ],
        "properties": {
          "role": {
            "$ref": "#/components/schemas/AssignableRole"
          }
        }
      },
      "OwnershipTransfer": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "userId"
        ],
        "properties": {
          "userId": {
            "$ref": "#/components/schemas/Id"
          }
        }
      },
      "InvitationInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "email",
          "role"
        ],
        "properties": {
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "role": {
            "$ref": "#/components/schemas/AssignableRole"
          },
          "language": {
            "type": "string",
            "enum": [
              "ru",
              "en"
            ],
            "description": "The language of the invitation e-mail (the inviter's page language); Russian when absent."
          }
        }
      },
      "Invitation": {
        "type": "object",
        "required": [
          "id",
          "email",
          "role",
          "invitedBy",
          "createdAt",
          "expiresAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "role": {
            "$ref": "#/components/schemas/AssignableRole"
          },
          "invitedBy": {
            "$ref": "#/components/schemas/Id"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "expiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "InvitationPreview": {
        "type": "object",
        "required": [
          "organization",
          "role",
          "email",
          "inviter",
          "expiresAt"
        ],
        "properties": {
          "organization": {
            "type": "object",
            "required": [
              "id",
              "name"
            ],
            "properties": {
              "id": {
                "$ref": "#/components/schemas/Id"
              },
              "name": {
                "type": "string"
              }
            }
          },
          "role": {
            "$ref": "#/components/schemas/AssignableRole"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "inviter": {
            "type": "object",
            "description": "Who invited, as the organisation knows them (absent fields are unknown).",
            "properties": {
              "name": {
                "type": "string"
              },
              "email": {
                "$ref": "#/components/schemas/Email"
              }
            }
          },
          "expiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PendingInvitation": {
        "allOf": [
          {
            "$ref": "#/components/schemas/InvitationPreview"
          },
          {
            "type": "object",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/components/schemas/Id"
              }
            }
          }
        ]
      },
      "CreatedInvitation": {
        "type": "object",
        "required": [
          "invitation",
          "token"
        ],
        "properties": {
          "invitation": {
            "$ref": "#/components/schemas/Invitation"
          },
          "token": {
            "type": "string",
            "description": "The one-time token for the invitation link; shown only here."
          }
        }
      },
      "InvitationPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Invitation"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "ApplicationInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/Name"
          },
          "description": {
            "type": "string",
            "maxLength": 1000
          }
        }
      },
      "ApplicationUpdate": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "$ref": "#/components/schemas/Name"
          },
          "description": {
            "type": "string",
            "maxLength": 1000
          }
        }
      },
      "SecretInfo": {
        "type": "object",
        "description": "What is known of a Client Secret (never the secret itself).",
        "required": [
          "id",
          "createdAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "lastUsedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "expiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "Application": {
        "type": "object",
        "required": [
          "id",
          "name",
          "clientId",
          "createdAt",
          "secrets"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "clientId": {
            "type": "string"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updatedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "secrets": {
            "type": "array",
            "description": "The secrets that currently work (two during a re-issue overlap).",
            "items": {
              "$ref": "#/components/schemas/SecretInfo"
            }
          }
        }
      },
      "ApplicationWithSecret": {
        "type": "object",
        "required": [
          "application",
          "clientSecret"
        ],
        "properties": {
          "application": {
            "$ref": "#/components/schemas/Application"
          },
          "clientSecret": {
            "type": "string",
            "description": "The Client Secret, shown only here."
          }
        }
      },
      "ApplicationPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Application"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "SecretReissue": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "overlapSeconds": {
            "type": "integer",
            "minimum": 0,
            "maximum": 604800,
            "description": "How long the previous secret keeps working (default 86400)."
          }
        }
      },
      "ReissuedSecret": {
        "type": "object",
        "required": [
          "clientId",
          "clientSecret",
          "secret"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "clientSecret": {
            "type": "string",
            "description": "The new Client Secret, shown only here."
          },
          "secret": {
            "$ref": "#/components/schemas/SecretInfo"
          },
          "previousSecretExpiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "Plan": {
        "type": "object",
        "required": [
          "id",
          "name",
          "texts",
          "contour",
          "confidential",
          "ratePerSecond"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Slug"
          },
          "name": {
            "type": "string",
            "description": "The English name (`texts.en.name`)."
          },
          "description": {
            "type": "string",
            "description": "The English description (`texts.en.description`)."
          },
          "texts": {
            "$ref": "#/components/schemas/CatalogTexts"
          },
          "contour": {
            "type": "string",
            "enum": [
              "sandbox",
              "production"
            ],
            "description": "Where calls go: the bank's test contour (sandbox) or the bank itself."
          },
          "confidential": {
            "type": "boolean",
            "description": "Whether subscribing needs an approved access request."
          },
          "ratePerSecond": {
            "type": "number",
            "exclusiveMinimum": 0
          },
          "quotaPerDay": {
            "type": "integer",
            "minimum": 1
          },
          "quotaPerMonth": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "CatalogTexts": {
        "type": "object",
        "description": "A product's or plan's name and description in each of the portal's languages.",
        "required": [
          "ru",
          "en"
        ],
        "properties": {
          "ru": {
            "$ref": "#/components/schemas/CatalogText"
          },
          "en": {
            "$ref": "#/components/schemas/CatalogText"
          }
        }
      },
      "CatalogText": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "description": {
            "type": "string"
          }
        }
      },
      "Product": {
        "type": "object",
        "required": [
          "id",
          "name",
          "texts",
          "version",
          "confidential",
          "plans"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Slug"
          },
          "name": {
            "type": "string",
            "description": "The English name (`texts.en.name`)."
          },
          "description": {
            "type": "string",
            "description": "The English description (`texts.en.description`)."
          },
          "texts": {
            "$ref": "#/components/schemas/CatalogTexts"
          },
          "version": {
            "type": "string"
          },
          "confidential": {
            "type": "boolean"
          },
          "operations": {
            "type": "array",
            "description": "The operations of the product (bank operationIds).",
            "items": {
              "type": "string"
            }
          },
          "plans": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Plan"
            }
          }
        }
      },
      "ProductPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Product"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "SubscriptionInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "planId"
        ],
        "properties": {
          "planId": {
            "$ref": "#/components/schemas/Slug"
          }
        }
      },
      "Subscription": {
        "type": "object",
        "required": [
          "applicationId",
          "productId",
          "planId",
          "createdAt"
        ],
        "properties": {
          "applicationId": {
            "$ref": "#/components/schemas/Id"
          },
          "productId": {
            "$ref": "#/components/schemas/Slug"
          },
          "planId": {
            "$ref": "#/components/schemas/Slug"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updatedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "quota": {
            "type": "array",
            "description": "How much of the plan's quotas the application has used, today and this month (UTC), as the gateway's meter counts admitted calls; empty for a plan without quotas. In the subscription list only.",
            "items": {
              "$ref": "#/components/schemas/QuotaUsage"
            }
          }
        }
      },
      "QuotaUsage": {
        "type": "object",
        "required": [
          "period",
          "used",
          "limit",
          "resetsAt"
        ],
        "properties": {
          "period": {
            "type": "string",
            "enum": [
              "day",
              "month"
            ]
          },
          "used": {
            "type": "integer",
            "minimum": 0,
            "description": "Calls admitted in the current window."
          },
          "limit": {
            "type": "integer",
            "minimum": 0
          },
          "resetsAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "RecentCall": {
        "type": "object",
        "required": [
          "at",
          "operation",
          "status",
          "latencyMs",
          "requestId"
        ],
        "properties": {
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "operation": {
            "type": "string",
            "description": "The bank operation (its operationId)."
          },
          "status": {
            "type": "integer",
            "minimum": 100,
            "maximum": 599
          },
          "latencyMs": {
            "type": "number",
            "minimum": 0
          },
          "requestId": {
            "type": "string",
            "description": "The `x-request-id` the gateway answered with."
          }
        }
      },
      "RecentCallList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/RecentCall"
            }
          }
        }
      },
      "SubscriptionList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Subscription"
            }
          }
        }
      },
      "WebhookEventType": {
        "type": "string",
        "description": "A kind of event: a limit-change request's state changed at the bank, or an application crossed a warning threshold of its quota.",
        "enum": [
          "limit_change.state_changed",
          "quota.warning"
        ]
      },
      "WebhookInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "url"
        ],
        "properties": {
          "url": {
            "type": "string",
            "format": "uri",
            "maxLength": 2048,
            "description": "Where events are POSTed."
          },
          "events": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "description": "The kinds of event wanted (default every kind).",
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          }
        }
      },
      "Webhook": {
        "type": "object",
        "required": [
          "id",
          "applicationId",
          "url",
          "events",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "applicationId": {
            "$ref": "#/components/schemas/Id"
          },
          "url": {
            "type": "string",
            "description": "Where events are POSTed: the full URL for members who may manage applications (Owner, Administrator, Developer), its origin only (`https://host[:port]`) for the others, since a receiver's path or query often carries its own token."
          },
          "events": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "createdBy": {
            "$ref": "#/components/schemas/Id"
          }
        }
      },
      "RegisteredWebhook": {
        "type": "object",
        "required": [
          "webhook",
          "secret"
        ],
        "properties": {
          "webhook": {
            "$ref": "#/components/schemas/Webhook"
          },
          "secret": {
            "type": "string",
            "description": "The signing secret, `whsec_<base64>`: its base64 part is the HMAC-SHA256 key of the `webhook-signature` header. Shown only here."
          }
        }
      },
      "WebhookList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Webhook"
            }
          }
        }
      },
      "WebhookDelivery": {
        "type": "object",
        "description": "One attempt to deliver one event.",
        "required": [
          "eventId",
          "eventType",
          "attempt",
          "at",
          "outcome",
          "durationMs"
        ],
        "properties": {
          "eventId": {
            "type": "string",
            "description": "The event's id, the same on every attempt (the `webhook-id` header)."
          },
          "eventType": {
            "type": "string"
          },
          "attempt": {
            "type": "integer",
            "minimum": 1,
            "description": "1 for the first attempt."
          },
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "outcome": {
            "type": "string",
            "enum": [
              "delivered",
              "failed"
            ]
          },
          "httpStatus": {
            "type": "integer",
            "description": "The receiver's HTTP status, when it answered."
          },
          "durationMs": {
            "type": "integer",
            "minimum": 0
          },
          "error": {
            "type": "string",
            "enum": [
              "refused_address",
              "host_not_found",
              "timeout",
              "tls_error",
              "connection_failed",
              "unexpected_status"
            ],
            "description": "Why the attempt failed: `refused_address` (the URL, or an address its name resolves to now, is not allowed), `host_not_found` (the name did not resolve), `timeout` (no answer within 5 s), `tls_error` (the certificate or handshake failed), `connection_failed` (no connection), `unexpected_status` (the receiver answered other than 2xx, redirects included; see `httpStatus`). Never the receiver's body nor a network message."
          }
        }
      },
      "WebhookEvent": {
        "description": "The body of a webhook delivery, by `type`. Its `id` is derived from what happened, so the same fact published twice is one event with one id.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/LimitChangeStateChangedEvent"
          },
          {
            "$ref": "#/components/schemas/QuotaWarningEvent"
          },
          {
            "$ref": "#/components/schemas/WebhookTestEvent"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "limit_change.state_changed": "#/components/schemas/LimitChangeStateChangedEvent",
            "quota.warning": "#/components/schemas/QuotaWarningEvent",
            "webhook.test": "#/components/schemas/WebhookTestEvent"
          }
        }
      },
      "LimitChangeStateChangedEvent": {
        "type": "object",
        "required": [
          "id",
          "type",
          "occurredAt",
          "organisationId",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The event's id (the `webhook-id` header)."
          },
          "type": {
            "type": "string",
            "enum": [
              "limit_change.state_changed"
            ]
          },
          "occurredAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "organisationId": {
            "$ref": "#/components/schemas/Id"
          },
          "applicationId": {
            "$ref": "#/components/schemas/Id",
            "description": "The application that created the request, when one did."
          },
          "data": {
            "type": "object",
            "required": [
              "externalId",
              "previousState",
              "state",
              "outcome",
              "final"
            ],
            "properties": {
              "externalId": {
                "$ref": "#/components/schemas/BankDocumentId"
              },
              "businessCardId": {
                "type": "string"
              },
              "previousState": {
                "type": "string",
                "description": "The bank's state the status sync saw before."
              },
              "state": {
                "type": "string",
                "description": "The bank's state now."
              },
              "outcome": {
                "type": "string",
                "enum": [
                  "implemented",
                  "refused",
                  "awaiting_signature",
                  "in_progress"
                ],
                "description": "Where the request stands, for a receiver that does not know the bank's states."
              },
              "final": {
                "type": "boolean",
                "description": "Whether the bank will not move the request out of `state` any more."
              }
            }
          }
        }
      },
      "QuotaWarningEvent": {
        "type": "object",
        "required": [
          "id",
          "type",
          "occurredAt",
          "organisationId",
          "applicationId",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The event's id (the `webhook-id` header)."
          },
          "type": {
            "type": "string",
            "enum": [
              "quota.warning"
            ]
          },
          "occurredAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "organisationId": {
            "$ref": "#/components/schemas/Id"
          },
          "applicationId": {
            "$ref": "#/components/schemas/Id"
          },
          "data": {
            "type": "object",
            "required": [
              "productId",
              "period",
              "window",
              "limit",
              "used",
              "thresholdPercent"
            ],
            "properties": {
              "productId": {
                "$ref": "#/components/schemas/Slug"
              },
              "planId": {
                "type": "string"
              },
              "period": {
                "type": "string",
                "enum": [
                  "day",
                  "month"
                ]
              },
              "window": {
                "type": "string",
                "description": "The UTC window, `D<yyyy-mm-dd>` for a day or `M<yyyy-mm>` for a month.",
                "pattern": "^(D[0-9]{4}-[0-9]{2}-[0-9]{2}|M[0-9]{4}-[0-9]{2})$"
              },
              "limit": {
                "type": "integer",
                "description": "Calls the window allows."
              },
              "used": {
                "type": "integer",
                "description": "Calls taken from the window when the threshold was seen."
              },
              "thresholdPercent": {
                "type": "integer",
                "enum": [
                  80,
                  90,
                  100
                ]
              }
            }
          }
        }
      },
      "WebhookTestEvent": {
        "type": "object",
        "required": [
          "id",
          "type",
          "occurredAt",
          "organisationId",
          "applicationId",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The event's id (the `webhook-id` header), new for every test."
          },
          "type": {
            "type": "string",
            "enum": [
              "webhook.test"
            ]
          },
          "occurredAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "organisationId": {
            "$ref": "#/components/schemas/Id"
          },
          "applicationId": {
            "$ref": "#/components/schemas/Id"
          },
          "data": {
            "type": "object",
            "required": [
              "webhookId",
              "requestedBy"
            ],
            "properties": {
              "webhookId": {
                "$ref": "#/components/schemas/Id"
              },
              "requestedBy": {
                "$ref": "#/components/schemas/Id",
                "description": "The member who sent the test."
              }
            }
          }
        }
      },
      "QueuedWebhookTestEvent": {
        "type": "object",
        "required": [
          "eventId"
        ],
        "properties": {
          "eventId": {
            "type": "string",
            "description": "The test event's id, as its deliveries list it and its `webhook-id` header carries it."
          }
        }
      },
      "WebhookDeliveryPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookDelivery"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "AccessRequestStatus": {
        "type": "string",
        "enum": [
          "pending",
          "approved",
          "rejected",
          "revoked"
        ]
      },
      "AccessRequestInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "productId",
          "contactName",
          "contactEmail",
          "purpose"
        ],
        "properties": {
          "productId": {
            "$ref": "#/components/schemas/Slug"
          },
          "contactName": {
            "$ref": "#/components/schemas/Name"
          },
          "contactEmail": {
            "$ref": "#/components/schemas/Email"
          },
          "contactPhone": {
            "type": "string",
            "pattern": "^\\+?[0-9 ()-]{5,20}$"
          },
          "purpose": {
            "type": "string",
            "minLength": 10,
            "maxLength": 2000
          }
        }
      },
      "AccessRequest": {
        "type": "object",
        "required": [
          "id",
          "organizationId",
          "productId",
          "status",
          "contactName",
          "contactEmail",
          "purpose",
          "submittedBy",
          "submittedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "organizationId": {
            "$ref": "#/components/schemas/Id"
          },
          "productId": {
            "$ref": "#/components/schemas/Slug"
          },
          "status": {
            "$ref": "#/components/schemas/AccessRequestStatus"
          },
          "contactName": {
            "type": "string"
          },
          "contactEmail": {
            "$ref": "#/components/schemas/Email"
          },
          "contactPhone": {
            "type": "string"
          },
          "purpose": {
            "type": "string"
          },
          "submittedBy": {
            "$ref": "#/components/schemas/Id"
          },
          "submittedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "decidedBy": {
            "$ref": "#/components/schemas/Id"
          },
          "decidedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "comment": {
            "type": "string"
          }
        }
      },
      "AccessRequestPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccessRequest"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "AccessDecision": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision"
        ],
        "properties": {
          "decision": {
            "type": "string",
            "enum": [
              "approve",
              "reject",
              "revoke"
            ]
          },
          "comment": {
            "type": "string",
            "maxLength": 2000
          }
        }
      },
      "BankAuthorizationInput": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "scopes": {
            "type": "array",
            "uniqueItems": true,
            "description": "SberBusiness ID services to ask for (default all the product needs).",
            "items": {
              "type": "string",
              "enum": [
                "BUSINESS_CARD_LIMIT",
                "CORPORATE_CARDS",
                "GET_CRYPTO_INFO"
              ]
            }
          }
        }
      },
      "BankAuthorization": {
        "type": "object",
        "required": [
          "authorizeUrl",
          "expiresAt"
        ],
        "properties": {
          "authorizeUrl": {
            "type": "string",
            "format": "uri"
          },
          "expiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "BankAuthorizationCallback": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "state"
        ],
        "description": "What SberBusiness ID put in the query of its redirect, as the page received it.",
        "properties": {
          "state": {
            "type": "string",
            "pattern": "^[A-Za-z0-9_-]{16,128}$"
          },
          "code": {
            "type": "string",
            "maxLength": 512
          },
          "error": {
            "type": "string",
            "maxLength": 256
          }
        }
      },
      "CompletedBankAuthorization": {
        "type": "object",
        "required": [
          "organizationId",
          "connection"
        ],
        "properties": {
          "organizationId": {
            "$ref": "#/components/schemas/Id"
          },
          "connection": {
            "$ref": "#/components/schemas/BankConnection"
          }
        }
      },
      "BankConnection": {
        "type": "object",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "not_connected",
              "connected",
              "expired"
            ]
          },
          "connectedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "connectedBy": {
            "$ref": "#/components/schemas/Id"
          },
          "scopes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "refreshTokenExpiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "AuditEvent": {
        "type": "object",
        "required": [
          "id",
          "at",
          "actor",
          "action",
          "target"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "actor": {
            "type": "object",
            "required": [
              "userId"
            ],
            "properties": {
              "userId": {
                "$ref": "#/components/schemas/Id"
              },
              "email": {
                "type": "string"
              },
              "role": {
                "type": "string"
              }
            }
          },
          "action": {
            "type": "string"
          },
          "target": {
            "type": "object",
            "required": [
              "type",
              "id"
            ],
            "properties": {
              "type": {
                "type": "string"
              },
              "id": {
                "type": "string"
              }
            }
          },
          "sourceIp": {
            "type": "string"
          },
          "details": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "AuditEventPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuditEvent"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "BankDocumentId": {
        "type": "string",
        "description": "A document id at the bank (a UUID as the bank writes it; see the bank API's `DocumentUuid`).",
        "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Za-z]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
      },
      "Granularity": {
        "type": "string",
        "enum": [
          "minute",
          "hour",
          "day"
        ],
        "default": "hour"
      },
      "StatusClassCounts": {
        "type": "object",
        "description": "Calls by HTTP status class of the answer; `4xx` and `5xx` are the errors.",
        "required": [
          "2xx",
          "3xx",
          "4xx",
          "5xx"
        ],
        "properties": {
          "2xx": {
            "type": "integer",
            "minimum": 0
          },
          "3xx": {
            "type": "integer",
            "minimum": 0
          },
          "4xx": {
            "type": "integer",
            "minimum": 0
          },
          "5xx": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "LatencyPercentiles": {
        "type": "object",
        "description": "Latency percentiles in milliseconds from the gateway's latency sketches: each within 1 % (relative) of the exact percentile of the period's calls; absent without calls.",
        "properties": {
          "p50": {
            "type": "number",
            "minimum": 0
          },
          "p95": {
            "type": "number",
            "minimum": 0
          },
          "p99": {
            "type": "number",
            "minimum": 0
          }
        }
      },
      "UsageFigures": {
        "type": "object",
        "required": [
          "calls",
          "byStatusClass",
          "latencyMs"
        ],
        "properties": {
          "calls": {
            "type": "integer",
            "minimum": 0
          },
          "byStatusClass": {
            "$ref": "#/components/schemas/StatusClassCounts"
          },
          "latencyMs": {
            "$ref": "#/components/schemas/LatencyPercentiles"
          }
        }
      },
      "AnalyticsBucket": {
        "allOf": [
          {
            "$ref": "#/components/schemas/UsageFigures"
          },
          {
            "type": "object",
            "required": [
              "start"
            ],
            "properties": {
              "start": {
                "$ref": "#/components/schemas/Timestamp"
              }
            }
          }
        ]
      },
      "Analytics": {
        "type": "object",
        "required": [
          "granularity",
          "from",
          "to",
          "buckets",
          "totals"
        ],
        "properties": {
          "granularity": {
            "$ref": "#/components/schemas/Granularity"
          },
          "from": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "to": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "buckets": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AnalyticsBucket"
            }
          },
          "totals": {
            "$ref": "#/components/schemas/UsageFigures"
          }
        }
      },
      "LimitChangeState": {
        "type": "object",
        "required": [
          "state",
          "at"
        ],
        "properties": {
          "state": {
            "type": "string",
            "description": "The bank's state (e.g. `CREATED`, `DELIVERED`, `IMPLEMENTED`)."
          },
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "LimitChange": {
        "type": "object",
        "required": [
          "externalId",
          "state",
          "final",
          "createdAt",
          "history"
        ],
        "properties": {
          "externalId": {
            "$ref": "#/components/schemas/BankDocumentId"
          },
          "businessCardId": {
            "type": "string"
          },
          "state": {
            "type": "string",
            "description": "The bank's latest state, as the status sync last saw it."
          },
          "final": {
            "type": "boolean",
            "description": "Whether the bank will not move the request out of its state any more."
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "lastCheckedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "nextCheckAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "history": {
            "type": "array",
            "description": "Every state the request went through, oldest first.",
            "items": {
              "$ref": "#/components/schemas/LimitChangeState"
            }
          }
        }
      },
      "LimitChangePage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LimitChange"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "LimitChangeSyncRun": {
        "type": "object",
        "required": [
          "runId",
          "status",
          "requestedBy",
          "startedAt",
          "deadlineAt"
        ],
        "properties": {
          "runId": {
            "$ref": "#/components/schemas/Id"
          },
          "status": {
            "type": "string",
            "enum": [
              "running",
              "completed",
              "failed"
            ],
            "description": "`running` until the status sync reports; `completed` with its `report`; `failed` when it ended without a report or its deadline passed."
          },
          "requestedBy": {
            "type": "string",
            "description": "The member who asked for the run (their user id)."
          },
          "startedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "deadlineAt": {
            "description": "When a run still `running` is given up as `failed`.",
            "$ref": "#/components/schemas/Timestamp"
          },
          "finishedAt": {
            "description": "When the run completed or failed.",
            "$ref": "#/components/schemas/Timestamp"
          },
          "report": {
            "description": "What the run did; present once `completed`.",
            "$ref": "#/components/schemas/LimitChangeSyncReport"
          }
        }
      },
      "LimitChangeSyncReport": {
        "type": "object",
        "required": [
          "checked",
          "changed",
          "failed",
          "stillPending",
          "waitingForSignature",
          "durationMs"
        ],
        "properties": {
          "checked": {
            "type": "integer",
            "minimum": 0,
            "description": "Requests whose state was asked of the bank."
          },
          "changed": {
            "type": "integer",
            "minimum": 0,
            "description": "Requests whose state changed."
          },
          "failed": {
            "type": "integer",
            "minimum": 0,
            "description": "Requests the bank could not be asked about (retried on schedule)."
          },
          "stillPending": {
            "type": "integer",
            "minimum": 0,
            "description": "Requests not yet in a final state after the sync."
          },
          "waitingForSignature": {
            "type": "integer",
            "minimum": 0,
            "description": "Requests saved at the bank but waiting for a signature in its UI."
          },
          "durationMs": {
            "type": "integer",
            "minimum": 0
          }
        }
      }
    }
  }
};

/** Every operationId of the document, in document order. */
export const PORTAL_OPERATION_IDS = [
  "getMe",
  "listOrganizations",
  "createOrganization",
  "getOrganization",
  "deleteOrganization",
  "renameOrganization",
  "listMembers",
  "removeMember",
  "changeMemberRole",
  "transferOwnership",
  "listInvitations",
  "createInvitation",
  "revokeInvitation",
  "acceptInvitation",
  "previewInvitation",
  "listMyInvitations",
  "listApplications",
  "createApplication",
  "getApplication",
  "deleteApplication",
  "updateApplication",
  "reissueClientSecret",
  "listProducts",
  "getProduct",
  "listSubscriptions",
  "subscribe",
  "unsubscribe",
  "listRecentCalls",
  "listWebhooks",
  "registerWebhook",
  "deleteWebhook",
  "listWebhookDeliveries",
  "sendWebhookTestEvent",
  "listAccessRequests",
  "submitAccessRequest",
  "listAccessRequestsForReview",
  "decideAccessRequest",
  "getBankConnection",
  "disconnectBank",
  "startBankAuthorization",
  "completeBankAuthorization",
  "listAuditEvents",
  "getAnalytics",
  "listLimitChanges",
  "getLimitChange",
  "syncLimitChanges",
  "getLimitChangeSyncRun"
] as const;

/** An operation of the portal API. */
export type PortalOperationId = (typeof PORTAL_OPERATION_IDS)[number];

/** The role-matrix action (`x-action`) of every operation that names one. */
export interface PortalOperationActions {
  getOrganization: "organisation.view";
  deleteOrganization: "organisation.delete";
  renameOrganization: "organisation.rename";
  listMembers: "organisation.view";
  removeMember: "member.remove";
  changeMemberRole: "member.changeRole";
  transferOwnership: "organisation.transferOwnership";
  listInvitations: "member.invite";
  createInvitation: "member.invite";
  revokeInvitation: "member.invite";
  listApplications: "application.list";
  createApplication: "application.manage";
  getApplication: "application.list";
  deleteApplication: "application.manage";
  updateApplication: "application.manage";
  reissueClientSecret: "application.reissueSecret";
  listSubscriptions: "subscription.list";
  subscribe: "subscription.manage";
  unsubscribe: "subscription.manage";
  listRecentCalls: "analytics.view";
  listWebhooks: "application.list";
  registerWebhook: "application.manage";
  deleteWebhook: "application.manage";
  listWebhookDeliveries: "application.list";
  sendWebhookTestEvent: "application.manage";
  listAccessRequests: "organisation.view";
  submitAccessRequest: "accessRequest.submit";
  getBankConnection: "organisation.view";
  disconnectBank: "bankConnection.manage";
  startBankAuthorization: "bankConnection.manage";
  listAuditEvents: "audit.view";
  getAnalytics: "analytics.view";
  listLimitChanges: "organisation.view";
  getLimitChange: "organisation.view";
  syncLimitChanges: "limitChange.sync";
  getLimitChangeSyncRun: "organisation.view";
}

/** The operations a member may do to themselves whatever their role (`x-self-allowed`). */
export type PortalSelfAllowedOperation = "removeMember";
