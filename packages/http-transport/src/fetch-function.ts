/** The `fetch` a transport sends through: the platform's, undici's with a dispatcher, or yours. */
export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;
