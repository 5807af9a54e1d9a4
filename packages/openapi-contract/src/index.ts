export { createContract, loadContract, parseContract } from './contract.js';
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
