export { createContract } from './contract.js';
export type {
  Contract,
  HeaderInput,
  Location,
  OperationInfo,
  OperationMatch,
  ParsedRequest,
  QueryInput,
  RequestParts,
  Violation,
} from './types.js';
export { loadContract, parseContract } from './yaml-contract.js';
