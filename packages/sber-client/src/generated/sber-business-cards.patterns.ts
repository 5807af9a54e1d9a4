/**
 * This file was generated from spec/sber-business-cards.yaml by scripts/generate-contracts.ts.
 * Do not make direct changes to the file: run `pnpm --filter @devportal/sber-client generate`.
 */
import type { OperationContract } from '../validation/operation-contract.js';

/** The bank's contours, from the spec's `servers`. */
export const bankServers = {
  "test": "https://iftfintech.testsbi.sberbank.ru:9443/fintech/api",
  "production": "https://fintech.sberbank.ru:9443/fintech/api"
} as const;

/** The form of a SberBusiness ID access token (`x-token-pattern`). */
export const accessTokenPattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Za-z]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}-[12]$";

/** What each operation of the bank accepts: parameters, body, and the scope it needs. */
export const operationContracts = {
  "listBusinessCards": {
    "method": "GET",
    "path": "/v1/business-cards",
    "scope": "BUSINESS_CARD_LIMIT",
    "parameters": [
      {
        "name": "page",
        "in": "query",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      {
        "name": "statusCodes",
        "in": "query",
        "required": true,
        "schema": {
          "type": "array",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "enum": [
              "ACTIVE",
              "BLOCKED",
              "TO_BE_REISSUED",
              "TO_BE_BLOCKED",
              "NOT_DELIVERED"
            ]
          }
        }
      }
    ],
    "body": null
  },
  "getCorporateCard": {
    "method": "GET",
    "path": "/v1/corporate-cards/{corpCardId}",
    "scope": "CORPORATE_CARDS",
    "parameters": [
      {
        "name": "corpCardId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Za-z]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
        }
      }
    ],
    "body": null
  },
  "createLimitChange": {
    "method": "POST",
    "path": "/v1/business-cards/limits",
    "scope": "BUSINESS_CARD_LIMIT",
    "parameters": [],
    "body": {
      "required": true,
      "schema": {
        "type": "object",
        "required": [
          "businessCardId",
          "code",
          "externalId",
          "limit"
        ],
        "properties": {
          "businessCardId": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Za-z]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          },
          "code": {
            "type": "string",
            "pattern": "^[a-zA-Z0-9._ -]{1,19}$"
          },
          "digestSignatures": {
            "type": "array",
            "maxItems": 2,
            "items": {
              "type": "object",
              "properties": {
                "base64Encoded": {
                  "type": "string",
                  "pattern": "^[A-Za-z0-9+/]+={0,2}$"
                },
                "certificateUuid": {
                  "type": "string",
                  "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Za-z]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
                }
              }
            }
          },
          "externalId": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Za-z]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          },
          "limit": {
            "type": "number",
            "pattern": "^[0-9]+(.[0-9]+)?$",
            "minimum": 0
          }
        }
      }
    }
  },
  "getLimitChangeState": {
    "method": "GET",
    "path": "/v1/business-cards/limits/{externalId}/state",
    "scope": "BUSINESS_CARD_LIMIT",
    "parameters": [
      {
        "name": "externalId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Za-z]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
        }
      }
    ],
    "body": null
  },
  "getCryptoInfo": {
    "method": "GET",
    "path": "/v1/crypto",
    "scope": "GET_CRYPTO_INFO",
    "parameters": [],
    "body": null
  }
} as const satisfies Record<string, OperationContract>;

/** The pattern of `DocumentUuid`. */
export const documentUuidPattern = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Za-z]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** The values of `BusinessCardStatus`. */
export const businessCardStatusValues = ["ACTIVE","BLOCKED","TO_BE_REISSUED","TO_BE_BLOCKED","NOT_DELIVERED"] as const;

/** The values of `Link.rel`. */
export const linkRelValues = ["next","prev"] as const;

/** The pattern of `LimitCode`. */
export const limitCodePattern = /^[a-zA-Z0-9._ -]{1,19}$/;

/** The pattern of `BusinessCardLimitChange.limit`. */
export const businessCardLimitChangeLimitPattern = /^[0-9]+(.[0-9]+)?$/;

/** The pattern of `Signature.base64Encoded`. */
export const signatureBase64EncodedPattern = /^[A-Za-z0-9+\/]+={0,2}$/;

/** The known values of `BankDocumentStatus`, an open set: the bank may add others. */
export const bankDocumentStatusValues = ["CREATED","SIGNED","DELIVERED","ACCEPTED","IMPLEMENTED","DELETED","INVALIDEDS","RECALL","REFUSEDBYBANK","REFUSEDBYABS","REQUISITEERROR","CHECKERROR","FRAUDDENY"] as const;

/** The values of `BankDocumentStatus` in its group `awaitingSignature`. */
export const bankDocumentStatusAwaitingSignatureValues = ["CREATED"] as const;

/** The values of `BankDocumentStatus` in its group `inProgress`. */
export const bankDocumentStatusInProgressValues = ["SIGNED","DELIVERED","ACCEPTED"] as const;

/** The values of `BankDocumentStatus` in its group `successful`. */
export const bankDocumentStatusSuccessfulValues = ["IMPLEMENTED"] as const;

/** The values of `BankDocumentStatus` in its group `refused`. */
export const bankDocumentStatusRefusedValues = ["DELETED","INVALIDEDS","RECALL","REFUSEDBYBANK","REFUSEDBYABS","REQUISITEERROR","CHECKERROR","FRAUDDENY"] as const;

/** The values of `Check.level`. */
export const checkLevelValues = ["ERROR","WARNING"] as const;

/** The values of `ResourceFault.cause`. */
export const resourceFaultCauseValues = ["DESERIALIZATION_FAULT","VALIDATION_FAULT"] as const;

/** The values of `WorkflowFault.cause`. */
export const workflowFaultCauseValues = ["WORKFLOW_FAULT"] as const;

/** The values of `Notice.cause`. */
export const noticeCauseValues = ["UNAUTHORIZED","ACTION_ACCESS_EXCEPTION","NOT_FOUND","UNKNOWN_EXCEPTION","UNAVAILABLE_RESOURCE_EXCEPTION"] as const;

/** The values of `CertificateInfo.signAuthority`. */
export const certificateInfoSignAuthorityValues = ["SINGLE","FIRST","SECOND"] as const;

/** The values of `TokenRequest.grant_type`. */
export const tokenRequestGrantTypeValues = ["authorization_code","refresh_token"] as const;

/** The pattern of `TokenResponse.access_token`. */
export const tokenResponseAccessTokenPattern = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Za-z]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}-[12]$/;

/** The values of `OAuthError.error`. */
export const oAuthErrorErrorValues = ["invalid_request","invalid_client","invalid_grant","unauthorized_client","unsupported_grant_type","invalid_scope"] as const;
