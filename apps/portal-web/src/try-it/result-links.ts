/** What a result offers the next operation: its cards' ids, its certificates' UUIDs. */
export interface ResultLinks {
  readonly cards: readonly { readonly id: string; readonly pan: string }[];
  readonly certificates: readonly string[];
}

/** The card ids of a `listBusinessCards` answer and the certificates of a `getCryptoInfo` one. */
export function linksIn(body: string | undefined): ResultLinks {
  let parsed: {
    businessCards?: { businessCardId?: unknown; cardPan?: unknown }[];
    certificateInfos?: { uuid?: unknown }[];
  };
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    return { cards: [], certificates: [] };
  }
  const cards = (Array.isArray(parsed.businessCards) ? parsed.businessCards : []).flatMap((card) =>
    typeof card.businessCardId === 'string'
      ? [
          {
            id: card.businessCardId,
            pan: typeof card.cardPan === 'string' ? card.cardPan : card.businessCardId,
          },
        ]
      : [],
  );
  const certificates = (
    Array.isArray(parsed.certificateInfos) ? parsed.certificateInfos : []
  ).flatMap((certificate) => (typeof certificate.uuid === 'string' ? [certificate.uuid] : []));
  return { cards, certificates };
}
