/** The `fetch` a transport sends through: the platform's, `node:https` with a client certificate, or yours. */
export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;
