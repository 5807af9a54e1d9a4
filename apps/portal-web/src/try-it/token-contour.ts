import type { Plan } from '@devportal/portal-client';

type Contour = Plan['contour'];

/**
 * The contour the token's calls of a product reach, for the console's badge. A gateway token is
 * the gateway's JWT and its `plans` claim names each subscribed plan's contour; the page reads it
 * only to say where calls go (the gateway verifies the token, never the page).
 */
export function contourOf(accessToken: string, productId: string): Contour | undefined {
  const [, payload] = accessToken.split('.');
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      plans?: { productId?: string; contour?: Contour }[];
    };
    return claims.plans?.find((plan) => plan.productId === productId)?.contour;
  } catch {
    return undefined;
  }
}
