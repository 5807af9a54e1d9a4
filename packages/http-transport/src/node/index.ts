export {
  type AgentAnswer,
  type AgentRequest,
  agentRequest,
  ConnectTimeoutError,
} from './agent-request.js';
export { IDLE_CONNECTION_MS, keepAliveAgent } from './keep-alive-agent.js';
export { type MutualTlsFetch, mutualTlsFetch } from './mutual-tls-fetch.js';
export { tlsConnectOptions } from './tls-connect-options.js';
