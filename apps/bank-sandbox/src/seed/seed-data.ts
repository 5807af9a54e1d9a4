import {
  type BusinessCardStatus,
  businessCardStatusValues,
  type SignAuthority,
} from '@devportal/sber-client/contract';
import {
  type Card,
  type Certificate,
  LIMIT_CODES,
  type Organization,
  type User,
} from '../model.js';
import { Prng } from '../random.js';
import { FEMALE_FIRST, MALE_FIRST, PATRONYMICS, SURNAMES } from './names.js';

/** The default seed: the same organisations, users and cards on every start. */
export const DEFAULT_SEED = 20240221;

interface OrganizationPlan {
  name: string;
  cardCount: number;
  statusWeights: Record<BusinessCardStatus, number>;
  users: { login: string; authorities: SignAuthority[] }[];
}

const MIXED: Record<BusinessCardStatus, number> = {
  ACTIVE: 60,
  BLOCKED: 15,
  TO_BE_REISSUED: 10,
  TO_BE_BLOCKED: 5,
  NOT_DELIVERED: 10,
};

/**
 * The seeded organisations. The first has more than 250 cards in every status (pagination);
 * the second exactly 100 (full pages at page sizes 10, 20, 25, 50); the third fits one page;
 * the fourth has no cards and a user without certificates.
 */
const PLANS: readonly OrganizationPlan[] = [
  {
    name: 'ООО «Ромашка»',
    cardCount: 263,
    statusWeights: MIXED,
    users: [
      { login: 'romashka.director', authorities: ['SINGLE'] },
      { login: 'romashka.accountant', authorities: ['FIRST'] },
      { login: 'romashka.deputy', authorities: ['SECOND'] },
    ],
  },
  {
    name: 'АО «Вектор»',
    cardCount: 100,
    statusWeights: {
      ACTIVE: 80,
      BLOCKED: 20,
      TO_BE_REISSUED: 0,
      TO_BE_BLOCKED: 0,
      NOT_DELIVERED: 0,
    },
    users: [{ login: 'vector.director', authorities: ['SINGLE'] }],
  },
  {
    name: 'ИП Соколов Андрей Викторович',
    cardCount: 3,
    statusWeights: { ACTIVE: 1, BLOCKED: 0, TO_BE_REISSUED: 0, TO_BE_BLOCKED: 0, NOT_DELIVERED: 0 },
    users: [{ login: 'sokolov', authorities: ['SINGLE'] }],
  },
  {
    name: 'ООО «Новый старт»',
    cardCount: 0,
    statusWeights: MIXED,
    users: [{ login: 'newstart.director', authorities: [] }],
  },
];

const CARD_TYPES = [
  { cardType: 'MIR BUSINESS', bin: '220220' },
  { cardType: 'VISA BUSINESS', bin: '427638' },
  { cardType: 'MASTERCARD BUSINESS', bin: '546938' },
] as const;

const SBER_MOSCOW_BIC = '044525225';

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function person(prng: Prng) {
  const female = prng.next() < 0.5;
  const first = prng.pick(female ? FEMALE_FIRST : MALE_FIRST);
  const surname = prng.pick(SURNAMES)[female ? 1 : 0];
  const patronymic = prng.pick(PATRONYMICS)[female ? 1 : 0];
  return {
    fullName: `${surname.ru} ${first.ru} ${patronymic}`,
    embossed: `${first.lat} ${surname.lat}`,
  };
}

function seedCard(prng: Prng, accounts: readonly string[], status: BusinessCardStatus): Card {
  const holder = person(prng);
  const type = prng.pick(CARD_TYPES);
  const issuedYear = prng.int(2021, 2025);
  const issuedMonth = prng.int(1, 12);
  const expiryYear = issuedYear + 3;
  const limits = LIMIT_CODES.filter((code) => code === 'NON_RENEW' || prng.next() < 0.6).map(
    (code) => ({
      code,
      amount: prng.int(1, 500) * (code === 'DAILY' ? 1_000 : 10_000),
    }),
  );
  return {
    businessCardId: prng.uuid(),
    cardPan: `${type.bin}******${prng.digits(4)}`,
    cardExpiredDate: isoDate(expiryYear, issuedMonth, lastDayOfMonth(expiryYear, issuedMonth)),
    cardIssuedDate: isoDate(issuedYear, issuedMonth, prng.int(1, 28)),
    cardholderName: holder.fullName,
    cardholderBirthday: isoDate(prng.int(1965, 2002), prng.int(1, 12), prng.int(1, 28)),
    embossedText: holder.embossed,
    accountNumber: prng.pick(accounts),
    bankBic: SBER_MOSCOW_BIC,
    cardType: type.cardType,
    status,
    limits,
  };
}

function seedCertificate(prng: Prng, owner: string, authority: SignAuthority): Certificate {
  const from = prng.int(0, 300);
  const activeFrom = new Date(Date.UTC(2025, 0, 1) + from * 86_400_000);
  const activeTo = new Date(activeFrom.getTime() + 2 * 365 * 86_400_000);
  return {
    uuid: prng.uuid(),
    serialNumber: Array.from({ length: 16 }, (_, i) => {
      const byte = prng.int(0, 255);
      // The first byte keeps the DER INTEGER positive and 16 bytes long, as in the X.509 certificate.
      return (i === 0 ? (byte & 0x7f) | 0x40 : byte).toString(16).padStart(2, '0');
    }).join(''),
    subject: `CN=${owner}`,
    activeFrom: activeFrom.toISOString(),
    activeTo: activeTo.toISOString(),
    signAuthority: authority,
  };
}

/** Builds the sandbox's organisations from a seed; the same seed always gives the same data. */
export function seedOrganizations(seed: number = DEFAULT_SEED): Organization[] {
  const prng = new Prng(seed);
  return PLANS.map((plan) => {
    const id = prng.uuid();
    const inn = `77${prng.digits(8)}`;
    const accounts = Array.from({ length: 3 }, () => `40702810${prng.digits(12)}`);
    const users: User[] = plan.users.map(({ login, authorities }) => {
      const { fullName } = person(prng);
      return {
        id: prng.uuid(),
        login,
        fullName,
        certificates: authorities.map((a) => seedCertificate(prng, fullName, a)),
      };
    });
    const possible = businessCardStatusValues.filter((s) => plan.statusWeights[s] > 0);
    const cards = Array.from({ length: plan.cardCount }, (_, i) => {
      // The first cards take each possible status once, so every status is present.
      const status =
        i < possible.length
          ? (possible[i] as BusinessCardStatus)
          : prng.weighted(plan.statusWeights);
      return seedCard(prng, accounts, status);
    });
    return { id, name: plan.name, inn, users, cards };
  });
}
