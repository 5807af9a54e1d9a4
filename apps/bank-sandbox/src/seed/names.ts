/** Cardholder names for the seeded cards, with the Latin spelling embossed on the card. */
interface NameForm {
  ru: string;
  lat: string;
}

export const MALE_FIRST: readonly NameForm[] = [
  { ru: 'Александр', lat: 'ALEKSANDR' },
  { ru: 'Дмитрий', lat: 'DMITRII' },
  { ru: 'Сергей', lat: 'SERGEI' },
  { ru: 'Андрей', lat: 'ANDREI' },
  { ru: 'Михаил', lat: 'MIKHAIL' },
  { ru: 'Иван', lat: 'IVAN' },
  { ru: 'Павел', lat: 'PAVEL' },
  { ru: 'Никита', lat: 'NIKITA' },
];

export const FEMALE_FIRST: readonly NameForm[] = [
  { ru: 'Анна', lat: 'ANNA' },
  { ru: 'Елена', lat: 'ELENA' },
  { ru: 'Ольга', lat: 'OLGA' },
  { ru: 'Мария', lat: 'MARIIA' },
  { ru: 'Татьяна', lat: 'TATIANA' },
  { ru: 'Наталья', lat: 'NATALIA' },
  { ru: 'Ирина', lat: 'IRINA' },
  { ru: 'Екатерина', lat: 'EKATERINA' },
];

/** Surnames as [male, female] forms. */
export const SURNAMES: readonly [NameForm, NameForm][] = [
  [
    { ru: 'Иванов', lat: 'IVANOV' },
    { ru: 'Иванова', lat: 'IVANOVA' },
  ],
  [
    { ru: 'Смирнов', lat: 'SMIRNOV' },
    { ru: 'Смирнова', lat: 'SMIRNOVA' },
  ],
  [
    { ru: 'Кузнецов', lat: 'KUZNETSOV' },
    { ru: 'Кузнецова', lat: 'KUZNETSOVA' },
  ],
  [
    { ru: 'Попов', lat: 'POPOV' },
    { ru: 'Попова', lat: 'POPOVA' },
  ],
  [
    { ru: 'Соколов', lat: 'SOKOLOV' },
    { ru: 'Соколова', lat: 'SOKOLOVA' },
  ],
  [
    { ru: 'Лебедев', lat: 'LEBEDEV' },
    { ru: 'Лебедева', lat: 'LEBEDEVA' },
  ],
  [
    { ru: 'Новиков', lat: 'NOVIKOV' },
    { ru: 'Новикова', lat: 'NOVIKOVA' },
  ],
  [
    { ru: 'Морозов', lat: 'MOROZOV' },
    { ru: 'Морозова', lat: 'MOROZOVA' },
  ],
];

/** Patronymics as [male, female] forms, derived from a father's name. */
export const PATRONYMICS: readonly [string, string][] = [
  ['Александрович', 'Александровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Викторович', 'Викторовна'],
  ['Петрович', 'Петровна'],
  ['Игоревич', 'Игоревна'],
  ['Олегович', 'Олеговна'],
];
