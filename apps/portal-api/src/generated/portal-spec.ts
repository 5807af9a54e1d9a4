/**
 * This file was generated from spec/portal.yaml by scripts/generate-portal-spec.ts.
 * Do not make direct changes to the file: run `pnpm --filter @devportal/portal-api generate`.
 */

/**
 * The portal API's OpenAPI document, parsed, as the contract reads it at run time: without its
 * descriptions, summaries and examples, which stay out of the Lambda bundle.
 */
export const portalSpec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "devportal — portal API",
    "version": "1.0.0",
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
      "url": "/"
    }
  ],
  "security": [
    {
      "personJwt": []
    }
  ],
  "tags": [
    {
      "name": "me"
    },
    {
      "name": "organizations"
    },
    {
      "name": "members"
    },
    {
      "name": "invitations"
    },
    {
      "name": "applications"
    },
    {
      "name": "catalog"
    },
    {
      "name": "subscriptions"
    },
    {
      "name": "webhooks"
    },
    {
      "name": "access-requests"
    },
    {
      "name": "operator"
    },
    {
      "name": "bank-connection"
    },
    {
      "name": "audit"
    },
    {
      "name": "limit-changes"
    },
    {
      "name": "analytics"
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
        "parameters": [
          {
            "name": "language",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Language"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Me"
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
      "patch": {
        "operationId": "updateMe",
        "x-client-method": "updateMe",
        "tags": [
          "me"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MeUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/User"
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
    "/v1/organizations": {
      "get": {
        "operationId": "listOrganizations",
        "x-client-method": "organizations.list",
        "tags": [
          "organizations"
        ],
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
        "x-action": "organisation.view",
        "responses": {
          "200": {
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
        "x-action": "organisation.delete",
        "responses": {
          "204": {},
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
        "x-action": "member.remove",
        "x-self-allowed": true,
        "responses": {
          "204": {},
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
        "x-action": "member.invite",
        "responses": {
          "204": {},
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
        "responses": {
          "200": {
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
        "responses": {
          "200": {
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
        "responses": {
          "200": {
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
        "x-action": "application.list",
        "responses": {
          "200": {
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
        "x-action": "application.manage",
        "responses": {
          "204": {},
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
        "responses": {
          "200": {
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
        "x-action": "subscription.list",
        "responses": {
          "200": {
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
        "x-action": "subscription.manage",
        "responses": {
          "204": {},
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
        "x-action": "analytics.view",
        "responses": {
          "200": {
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
        "x-action": "application.list",
        "responses": {
          "200": {
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
        "x-action": "application.manage",
        "responses": {
          "204": {},
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
        "x-action": "application.manage",
        "responses": {
          "202": {
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
        "x-action": "organisation.view",
        "responses": {
          "200": {
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
        "x-action": "bankConnection.manage",
        "responses": {
          "204": {},
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
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "404": {
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
        "x-action": "audit.view",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/AuditActorFilter"
          },
          {
            "$ref": "#/components/parameters/AuditActionFilter"
          },
          {
            "$ref": "#/components/parameters/AuditFromFilter"
          },
          {
            "$ref": "#/components/parameters/AuditToFilter"
          }
        ],
        "responses": {
          "200": {
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
    "/v1/organizations/{orgId}/audit-events/export": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrgId"
        }
      ],
      "get": {
        "operationId": "exportAuditEvents",
        "x-client-method": "auditEvents.export",
        "tags": [
          "audit"
        ],
        "x-action": "audit.view",
        "parameters": [
          {
            "$ref": "#/components/parameters/AuditActorFilter"
          },
          {
            "$ref": "#/components/parameters/AuditActionFilter"
          },
          {
            "$ref": "#/components/parameters/AuditFromFilter"
          },
          {
            "$ref": "#/components/parameters/AuditToFilter"
          }
        ],
        "responses": {
          "200": {
            "headers": {
              "Content-Disposition": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
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
        "x-action": "analytics.view",
        "parameters": [
          {
            "name": "applicationId",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Id"
            }
          },
          {
            "name": "productId",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Slug"
            }
          },
          {
            "name": "operation",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z][A-Za-z0-9]{0,63}$"
            }
          },
          {
            "name": "granularity",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Granularity"
            }
          },
          {
            "name": "from",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Timestamp"
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Timestamp"
            }
          }
        ],
        "responses": {
          "200": {
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
        "x-action": "organisation.view",
        "responses": {
          "200": {
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
        "x-action": "limitChange.sync",
        "responses": {
          "202": {
            "headers": {
              "Location": {
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
            "headers": {
              "Retry-After": {
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
        "x-action": "organisation.view",
        "responses": {
          "200": {
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
        "bearerFormat": "JWT"
      }
    },
    "parameters": {
      "AuditActorFilter": {
        "name": "actorUserId",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_:-]{1,80}$"
        }
      },
      "AuditActionFilter": {
        "name": "action",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/AuditAction"
        }
      },
      "AuditFromFilter": {
        "name": "from",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/Timestamp"
        }
      },
      "AuditToFilter": {
        "name": "to",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/Timestamp"
        }
      },
      "OrgId": {
        "name": "orgId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "UserId": {
        "name": "userId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "AppId": {
        "name": "appId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "WebhookId": {
        "name": "webhookId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "WebhookIdHeader": {
        "name": "webhook-id",
        "in": "header",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "WebhookTimestampHeader": {
        "name": "webhook-timestamp",
        "in": "header",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]+$"
        }
      },
      "WebhookSignatureHeader": {
        "name": "webhook-signature",
        "in": "header",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "ProductId": {
        "name": "productId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Slug"
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
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
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,1024}$"
        }
      }
    },
    "responses": {
      "WebhookReceived": {},
      "BadRequest": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Unauthenticated": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Forbidden": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "NotFound": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Conflict": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "BadGateway": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "UnsupportedMediaType": {
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
        "pattern": "^[A-Za-z0-9_-]{1,64}$"
      },
      "Slug": {
        "type": "string",
        "pattern": "^[a-z0-9][a-z0-9-]{0,62}$"
      },
      "Name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100,
        "pattern": "^\\S(.*\\S)?$"
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
        "enum": [
          "Administrator",
          "Developer",
          "Observer"
        ]
      },
      "Problem": {
        "type": "object",
        "required": [
          "type",
          "title",
          "status"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer"
          },
          "detail": {
            "type": "string"
          },
          "instance": {
            "type": "string"
          },
          "code": {
            "$ref": "#/components/schemas/ProblemCode"
          },
          "requestId": {
            "type": "string"
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FieldError"
            }
          }
        }
      },
      "ProblemCode": {
        "type": "string",
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
          "audit_export_too_large",
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
            "type": "string"
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
            "type": "boolean"
          },
          "language": {
            "$ref": "#/components/schemas/Language"
          }
        }
      },
      "Language": {
        "type": "string",
        "enum": [
          "ru",
          "en"
        ]
      },
      "MeUpdate": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "language"
        ],
        "properties": {
          "language": {
            "$ref": "#/components/schemas/Language"
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
            "type": "boolean"
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
            ]
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
            "type": "string"
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
            "type": "string"
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
            "maximum": 604800
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
            "type": "string"
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
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "texts": {
            "$ref": "#/components/schemas/CatalogTexts"
          },
          "contour": {
            "type": "string",
            "enum": [
              "sandbox",
              "production"
            ]
          },
          "confidential": {
            "type": "boolean"
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
            "type": "string"
          },
          "description": {
            "type": "string"
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
            "minimum": 0
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
            "type": "string"
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
            "type": "string"
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
            "maxLength": 2048
          },
          "events": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
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
            "type": "string"
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
            "type": "string"
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
            "type": "string"
          },
          "eventType": {
            "type": "string"
          },
          "attempt": {
            "type": "integer",
            "minimum": 1
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
            "type": "integer"
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
            ]
          }
        }
      },
      "WebhookEvent": {
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
            "type": "string"
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
            "$ref": "#/components/schemas/Id"
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
                "type": "string"
              },
              "state": {
                "type": "string"
              },
              "outcome": {
                "type": "string",
                "enum": [
                  "implemented",
                  "refused",
                  "awaiting_signature",
                  "in_progress"
                ]
              },
              "final": {
                "type": "boolean"
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
            "type": "string"
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
                "pattern": "^(D[0-9]{4}-[0-9]{2}-[0-9]{2}|M[0-9]{4}-[0-9]{2})$"
              },
              "limit": {
                "type": "integer"
              },
              "used": {
                "type": "integer"
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
            "type": "string"
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
                "$ref": "#/components/schemas/Id"
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
            "type": "string"
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
          "submittedByEmail": {
            "type": "string"
          },
          "submittedByName": {
            "type": "string"
          },
          "organizationName": {
            "type": "string"
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
      "AuditAction": {
        "type": "string",
        "enum": [
          "user.registered",
          "organisation.created",
          "organisation.renamed",
          "organisation.deleted",
          "organisation.ownership_transferred",
          "member.role_changed",
          "member.removed",
          "member.left",
          "invitation.created",
          "invitation.revoked",
          "invitation.accepted",
          "application.created",
          "application.updated",
          "application.deleted",
          "application.secret_reissued",
          "subscription.created",
          "subscription.plan_changed",
          "subscription.deleted",
          "access_request.submitted",
          "access_request.approved",
          "access_request.rejected",
          "access_request.revoked",
          "webhook.registered",
          "webhook.deleted",
          "bank_connection.connected",
          "bank_connection.disconnected",
          "limit_change.created",
          "limit_change.state_changed",
          "limit_change.abandoned"
        ]
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
                "type": "string"
              },
              "email": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "role": {
                "type": "string"
              }
            }
          },
          "action": {
            "$ref": "#/components/schemas/AuditAction"
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
              },
              "label": {
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
            "type": "string"
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
            "type": "string"
          },
          "final": {
            "type": "boolean"
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
            ]
          },
          "requestedBy": {
            "type": "string"
          },
          "startedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "deadlineAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "finishedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "report": {
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
            "minimum": 0
          },
          "changed": {
            "type": "integer",
            "minimum": 0
          },
          "failed": {
            "type": "integer",
            "minimum": 0
          },
          "stillPending": {
            "type": "integer",
            "minimum": 0
          },
          "waitingForSignature": {
            "type": "integer",
            "minimum": 0
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
  "updateMe",
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
  "exportAuditEvents",
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
  exportAuditEvents: "audit.view";
  getAnalytics: "analytics.view";
  listLimitChanges: "organisation.view";
  getLimitChange: "organisation.view";
  syncLimitChanges: "limitChange.sync";
  getLimitChangeSyncRun: "organisation.view";
}

/** The operations a member may do to themselves whatever their role (`x-self-allowed`). */
export type PortalSelfAllowedOperation = "removeMember";
