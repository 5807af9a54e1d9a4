import { ResponsePromise } from '@devportal/http-transport';

/**
 * A call's data passed through `map` (a list's items out of its envelope, a page made of its
 * payload), keeping `.withResponse()` with the response the data came in.
 */
export function mapData<T, U>(call: ResponsePromise<T>, map: (data: T) => U): ResponsePromise<U> {
  return new ResponsePromise(
    call.withResponse().then(({ data, response }) => ({ data: map(data), response })),
  );
}
