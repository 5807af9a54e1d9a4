/** Where to go after signing in: the `next` of the address when it is a path of this site. */
export function nextPathFrom(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}
