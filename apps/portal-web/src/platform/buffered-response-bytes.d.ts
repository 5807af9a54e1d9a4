/**
 * The DOM library (which this package compiles with, unlike the Node packages it builds on) gives
 * `Response` a `bytes()` method that `@devportal/http-transport`'s `BufferedResponse` lacks.
 * openapi-fetch never calls it, so only the type differs; this declares it so the transport's
 * sources compile here. Remove once `BufferedResponse` implements `bytes()` itself.
 */
import '../../../../packages/http-transport/src/transport/buffered-response.js';

declare module '../../../../packages/http-transport/src/transport/buffered-response.js' {
  interface BufferedResponse {
    bytes(): Promise<Uint8Array<ArrayBuffer>>;
  }
}
