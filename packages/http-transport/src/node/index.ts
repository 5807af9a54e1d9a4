export {
  type AgentAnswer,
  type AgentRequest,
  agentRequest,
  ConnectTimeoutError,
} from './agent-request.js';
export { type MutualTlsFetch, mutualTlsFetch } from './mutual-tls-fetch.js';
export { tlsConnectOptions } from './tls-connect-options.js';
