export {
  type ReceivedRequest,
  type Reply,
  type Script,
  ScriptedServer,
} from './scripted-server.js';
