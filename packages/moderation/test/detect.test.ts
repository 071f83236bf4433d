import { describe, expect, it } from 'vitest';
import { detectPersonalData, mergeSpans, redact, type TPersonalDataKind } from '../src/index';

/** What a moderator sees: each proposal as kind and text. */
const found = (text: string) =>
  detectPersonalData(text).map((span) => `${span.kind}:${text.slice(span.start, span.end)}`);
const kinds = (text: string): TPersonalDataKind[] =>
  detectPersonalData(text).map((span) => span.kind);

describe('names', () => {
  it('finds listed first names, also in lower case and at the start of a sentence', () => {
    expect(found('Daan is boos.')).toEqual(['person:Daan']);
    expect(found('ik belde met daan en sanne')).toEqual(['person:daan', 'person:sanne']);
  });

  it("knows the first names of parents and social workers, not only children's", () => {
    expect(found('ik heb het aan marieke en henk verteld')).toEqual([
      'person:marieke',
      'person:henk',
    ]);
    expect(found('Piet Achternaam belde.')).toEqual(['person:Piet Achternaam']);
    // Those that are also words stay words without a name-like context.
    expect(found('ik toon het aan rob, die frank en vrij praat')).toEqual([]);
    expect(found('Toen zei Iris het. De iris van haar oog was rood.')).toEqual(['person:Iris']);
  });

  it('finds names after titles and relations, even names that are also words', () => {
    expect(found('juf Roos zag het als eerste')).toEqual(['person:Roos']);
    expect(found('mijn zoon bas wil niet naar school')).toEqual(['person:bas']);
    expect(found('de voogd, Mark, kwam één keer')).toEqual(['person:Mark']);
    expect(found('meneer Berg belde terug')).toEqual(['person:Berg']);
    for (const relation of ['pleegvader', 'broertje', 'begeleider', 'voogd', 'mentor', 'tante']) {
      expect(found(`mijn ${relation} mark belde`), relation).toEqual(['person:mark']);
    }
  });

  it('leaves names that are words alone where they are words', () => {
    expect(found('Er is nog hoop.')).toEqual([]);
    expect(found('De roos bloeide en we liepen de berg op.')).toEqual([]);
    expect(found('Mark het formulier als spoed.')).toEqual([]);
    expect(found('De bas speelde te hard.')).toEqual([]);
  });

  it('takes surnames with their particles, and initials', () => {
    expect(found('Mevrouw van der Linden belde.')).toEqual(['person:van der Linden']);
    expect(found('Ik sprak Anne de Jong.')).toEqual(['person:Anne de Jong']);
    expect(found('een brief van A. Visser')).toEqual(['person:A. Visser']);
    expect(found('Mevrouw Smit-de Groot schreef het.')).toEqual(['person:Smit-de Groot']);
  });

  it('reads a word-name at the start of a sentence as a name only with a name beside it', () => {
    expect(found('Bas en Roos zijn mijn kinderen.')).toEqual(['person:Bas', 'person:Roos']);
    expect(found('Bas is het laagste instrument.')).toEqual([]);
  });

  it('reads a word-name at the start of a sentence as a name before a verb of a person', () => {
    expect(found('Roos belde gisteren. Mark zei dat hij kwam.')).toEqual([
      'person:Roos',
      'person:Mark',
    ]);
    expect(found('Kees vertelde het aan de voogd.')).toEqual(['person:Kees']);
    expect(found('Hoop doet leven. Wil je komen? Roos bloeide.')).toEqual([]);
  });

  it('marks every later mention of a name found once', () => {
    expect(found('Mijn zoon Hoop is 8. Hoop lacht weer.')).toEqual([
      'person:Hoop',
      'age:8',
      'person:Hoop',
    ]);
  });

  it('reads one initial before an unlisted word as a Latin or medical abbreviation', () => {
    for (const term of ['E. Coli', 'M. Alzheimer', 'N. Suralis', 'A. Brachialis', 'V. Cava']) {
      expect(found(`uitslag: ${term} gevonden`), term).toEqual([]);
    }
    // A listed surname after one initial, or any surname after a title or several initials.
    expect(found('een brief van A. Visser')).toEqual(['person:A. Visser']);
    expect(found('een brief van mevrouw A. Zoutenbier')).toEqual(['person:A. Zoutenbier']);
    expect(found('een brief van A.B. Zoutenbier')).toEqual(['person:A.B. Zoutenbier']);
    expect(found('een brief van A. van der Zoutenbier')).toEqual(['person:A. van der Zoutenbier']);
  });

  it('after a title or role takes no medicine for a name', () => {
    expect(found('Hij kreeg van de psychiater Aripiprazol.')).toEqual([]);
    expect(found('de dokter Olanzapine voorschrijven')).toEqual([]);
    expect(found('dokter Methylfenidaat')).toEqual([]);
    // Unlisted surnames, however short, stay names.
    expect(found('Hij kreeg van de psychiater Ouwehand pillen.')).toEqual(['person:Ouwehand']);
    expect(found('meneer Wu belde')).toEqual(['person:Wu']);
    expect(found('dokter Zoutenbier')).toEqual(['person:Zoutenbier']);
  });

  it('takes the name of a ward for a place, not a person', () => {
    expect(found('Ze lag op afdeling Waaier van het ziekenhuis.')).toEqual([]);
    expect(found('Hij woont op leefgroep Jasmijn.')).toEqual([]);
    expect(found('Afdeling Sterre belde, en toen kwam Jasmijn.')).toEqual(['person:Jasmijn']);
  });

  it('takes a diagnosis named after a physician for no person', () => {
    expect(found('Mijn zoon heeft Gilles de la Tourette.')).toEqual([]);
    expect(found('Ze had de ziekte van Pfeiffer.')).toEqual([]);
    expect(found('Hij is geboren met Pierre-Robin sequentie.')).toEqual([]);
    expect(found('Het syndroom van Noonan en morbus Perthes.')).toEqual([]);
    // A first name after "de ziekte van" is whose illness it is.
    expect(found('De ziekte van Lotte maakte ons bang.')).toEqual(['person:Lotte']);
    expect(found('Pierre belde over de afspraak.')).toEqual(['person:Pierre']);
  });

  it('finds a misspelt name, but not a Dutch word one letter from a name', () => {
    expect(found('Ik kreeg hulp van Jespre uit het team.')).toEqual(['person:Jespre']);
    expect(found('Hij wilde niet meer naar huis.')).toEqual([]);
  });
});

describe('contact details and numbers', () => {
  it('finds e-mail addresses and URLs, without the full stop after them', () => {
    expect(found('Mail piet.jansen@gmail.com of kijk op www.jeugdzorg.nl.')).toEqual([
      'email:piet.jansen@gmail.com',
      'url:www.jeugdzorg.nl',
    ]);
  });

  it('finds URLs with a city or foreign domain, any domain with a path, and IP addresses', () => {
    expect(found('de site jeugdhulp.amsterdam en kind.gov.uk')).toEqual([
      'url:jeugdhulp.amsterdam',
      'url:kind.gov.uk',
    ]);
    expect(found('zijn filmpje staat op linktr.ee/bas_2009.')).toEqual(['url:linktr.ee/bas_2009']);
    expect(found('ingelogd vanaf 192.168.1.10 thuis')).toEqual(['url:192.168.1.10']);
    // Dates, versions and sentence ends without a space are not addresses.
    expect(found('op 12.03.2011 om 10.30 uur, en/of later')).toEqual(['date:12.03.2011']);
    expect(found('versie 2.1 van het plan. Dat was alles. Versie 1.2.3.4 ook.')).toEqual([]);
    expect(found('Bel 06.12.34.56.78')).toEqual(['phone:06.12.34.56.78']);
  });

  it('finds Dutch phone numbers in every common notation', () => {
    for (const phone of [
      '06-12345678',
      '06 1234 5678',
      '0612345678',
      '+31 6 12345678',
      '+31 (0)6 12345678',
      '0031 6 12345678',
      '010-1234567',
      '(010) 123 45 67',
      '(0184) 41 22 33',
      '0800-2000',
      '0900 1450',
    ]) {
      expect(found(`Bel ${phone} vandaag.`), phone).toEqual([`phone:${phone}`]);
    }
  });

  it('finds only BSNs that pass the eleven test', () => {
    expect(found('BSN 111222333')).toEqual(['bsn:111222333']);
    expect(found('dossier 111222334')).toEqual([]);
  });

  it('finds IBANs with a valid checksum, grouped or not', () => {
    expect(found('op NL91 ABNA 0417 1643 00 graag')).toEqual(['iban:NL91 ABNA 0417 1643 00']);
    expect(found('op nl91abna0417164300')).toEqual(['iban:nl91abna0417164300']);
    expect(found('op NL91 ABNA 0417 1643 01')).toEqual([]);
  });
});

describe('places, dates, ages and institutions', () => {
  it('finds postcodes with and without house numbers, not years followed by a word', () => {
    expect(found('We wonen in 3311 AB.')).toEqual(['postcode:3311 AB']);
    expect(found('adres 3311ab 12 achter')).toEqual(['postcode:3311ab 12']);
    expect(found('In 2011 is hij geboren.')).toEqual([]);
  });

  it('finds street addresses', () => {
    expect(found('op de Dordtsestraatweg 12a')).toEqual(['address:Dordtsestraatweg 12a']);
    expect(found('We wonen op de Kerkstraat 4.')).toEqual(['address:Kerkstraat 4']);
    expect(found('Op de snelweg ging het mis.')).toEqual([]);
    expect(found('bij Jeugdformaat in Dordtsestraatweg 8')).toEqual([
      'institution:Jeugdformaat',
      'address:Dordtsestraatweg 8',
    ]);
    expect(found('Kerkstr. 4 of Postbus 1234')).toEqual([
      'address:Kerkstr. 4',
      'address:Postbus 1234',
    ]);
    expect(found('Hij liep de dijk 2 keer op en neer.')).toEqual([]);
  });

  it('finds a street named with its article, and the suffix "bolwerk"', () => {
    expect(found('We zijn verhuisd naar Het Hooge Land 12.')).toEqual([
      'address:Het Hooge Land 12',
    ]);
    expect(found('Ze woont op het Lucasbolwerk 3.')).toEqual(['address:Lucasbolwerk 3']);
    expect(found('Ze zat op De Regenboog 3 dagen per week.')).toEqual(['institution:De Regenboog']);
    expect(found('Hij lag in Het Wilhelmina 3 nachten.')).toEqual(['institution:Het Wilhelmina']);
  });

  it('finds dates, numeric and written out', () => {
    expect(found('geboren op 12-03-2011')).toEqual(['date:12-03-2011']);
    expect(found('geboren op 12 maart 2011')).toEqual(['date:12 maart 2011']);
    expect(found('om 10.30 uur')).toEqual([]);
    expect(found('17-mei-2011 en 2011-03-12')).toEqual(['date:17-mei-2011', 'date:2011-03-12']);
    expect(found('in 2011-2012')).toEqual([]);
  });

  it('takes no impossible day for a date, and no range of ages for a day and month', () => {
    expect(found('op 38 augustus 2018')).toEqual([]);
    expect(found('2018 augustus 38')).toEqual([]);
    expect(found('2018 augustus 12')).toEqual(['date:2018 augustus 12']);
    expect(found('op 31 augustus 2018')).toEqual(['date:31 augustus 2018']);
    expect(found('op 11-12 jarige leeftijd')).toEqual(['age:11-12 jarige']);
    expect(found('vanaf 4-6 jaar mag het')).toEqual([]);
    expect(found('op 12-3 was de zitting')).toEqual(['date:12-3']);
  });

  it('finds ages in their frames and leaves durations alone', () => {
    expect(found('ze is 14')).toEqual(['age:14']);
    expect(found('hij is 14 jaar oud')).toEqual(['age:14 jaar oud']);
    expect(found('mijn dochter is veertien jaar.')).toEqual(['age:veertien jaar']);
    expect(found('We wachten al 10 jaar.')).toEqual([]);
    expect(found('Hij is 3 keer opgenomen.')).toEqual([]);
    expect(found('Toen was ik elf.')).toEqual(['age:elf']);
    expect(found('Mijn zoon (14) en Daan van 12')).toEqual(['age:14', 'person:Daan', 'age:12']);
    expect(found('We zijn al 20 jaar getrouwd.')).toEqual([]);
    expect(found('Ze waren twee jaar weg.')).toEqual([]);
  });

  it('finds named schools and care institutions, not the generic words', () => {
    expect(found('Hij zit op basisschool De Regenboog.')).toEqual([
      'institution:basisschool De Regenboog',
    ]);
    expect(found('We gingen naar GGZ Breburg en later naar Yulius.')).toEqual([
      'institution:GGZ Breburg',
      'institution:Yulius',
    ]);
    expect(found('Ze zit op het Da Vinci College.')).toEqual(['institution:Da Vinci College']);
    expect(found('De GGZ en jeugdzorg en de school deden niets.')).toEqual([]);
    expect(found('Ze heeft een sterk karakter.')).toEqual([]);
    expect(found('Karakter is belangrijker dan cijfers.')).toEqual([]);
    // A count noun cannot start a Dutch sentence bare: there its capital makes it the name.
    expect(found('Meander belde ons pas na drie weken.')).toEqual(['institution:Meander']);
    expect(found('Horizon heeft een wachtlijst.')).toEqual(['institution:Horizon']);
    expect(found('De horizon was mooi.')).toEqual([]);
    expect(found('Halt! Timon lachte.')).toEqual(['person:Timon']);
    // A capitalised article mid-sentence starts a name; before a surname it is the person's.
    expect(found('Ze zit op De Werf.')).toEqual(['institution:De Werf']);
    expect(found('Ik sprak mevrouw De Jong.')).toEqual(['person:De Jong']);
  });

  it('takes a capitalised description of a hospital for no name', () => {
    expect(found('Ze lag in het Medisch Centrum.')).toEqual([]);
    expect(found('naar een Academisch Ziekenhuis')).toEqual([]);
    expect(found('de Spoedeisende Hulp van het Medisch Centrum')).toEqual([]);
    expect(found('in het Meander Medisch Centrum')).toEqual([
      'institution:Meander Medisch Centrum',
    ]);
    expect(found('in het Academisch Ziekenhuis Utrecht')).toEqual([
      'institution:Academisch Ziekenhuis Utrecht',
    ]);
  });

  it('finds known mental-health, disability and rehabilitation providers by name', () => {
    expect(found('Ze gaat naar Kentalis en daarna naar het Leo Kannerhuis.')).toEqual([
      'institution:Kentalis',
      'institution:Leo Kannerhuis',
    ]);
    expect(found('Hij is geboren in het AZU, nu heet dat anders.')).toEqual(['institution:AZU']);
    expect(found('Radar belde over de logeeropvang.')).toEqual(['institution:Radar']);
    expect(found('De Hoogstraat heeft een kinderafdeling.')).toEqual(['institution:De Hoogstraat']);
    // The same words as words: without capitals, or a mass noun at the start of a sentence.
    expect(found('Hij viel van de radar en het keerpunt kwam pas later.')).toEqual([]);
    expect(found('Basalt is een steen. Het was bijzonder jeugdwerk.')).toEqual([]);
    // A street of that name stays a street.
    expect(kinds('We wonen in de Hoogstraat.')).toEqual(['address']);
  });

  it('takes the name after a part of a hospital and "van het" for the hospital', () => {
    expect(found('We zaten uren op de poli van het Spaarne.')).toEqual(['institution:Spaarne']);
    expect(found('De SEH van het Spaarne was vol')).toEqual(['institution:Spaarne']);
    expect(found('de kinderafdeling van het Rivierenland')).toEqual(['institution:Rivierenland']);
    expect(found('de poli van het Ziekenhuis en de afdeling van het Jeugdteam')).toEqual([]);
    expect(found('De afdeling van het Kinderziekenhuis was vol.')).toEqual([]);
  });

  it('finds hospitals by acronym, by name and after the neuter article', () => {
    expect(found('Hij lag in het UMCU en daarna in het Sophia.')).toEqual([
      'institution:UMCU',
      'institution:Sophia',
    ]);
    expect(found('We gingen naar het Prinses Máxima Centrum.')).toEqual([
      'institution:Prinses Máxima Centrum',
    ]);
    expect(found('bij Careijn en Yulius')).toEqual(['institution:Careijn', 'institution:Yulius']);
    expect(found("Ze woont bij 's Heeren Loo, eerst bij Entrea Lindenhout.")).toEqual([
      "institution:'s Heeren Loo",
      'institution:Entrea Lindenhout',
    ]);
    expect(found('Lindenhout2 is een wachtwoord.')).toEqual([]);
  });
});

describe('spans', () => {
  it('gives UTF-16 offsets, right after emoji and accents', () => {
    const text = '😢 Zoë belde 🙏 met José op 06-12345678';
    for (const span of detectPersonalData(text)) {
      expect(['Zoë', 'José', '06-12345678']).toContain(text.slice(span.start, span.end));
    }
    expect(kinds(text)).toEqual(['person', 'person', 'phone']);
  });

  it('merges overlapping spans into one, named by the more specific kind', () => {
    expect(
      mergeSpans([
        { start: 0, end: 5, kind: 'person' },
        { start: 3, end: 10, kind: 'institution' },
        { start: 12, end: 14, kind: 'age' },
      ]),
    ).toEqual([
      { start: 0, end: 10, kind: 'institution' },
      { start: 12, end: 14, kind: 'age' },
    ]);
    // An e-mail address contains a domain; the moderator sees one e-mail span.
    expect(found('info@yulius.nl')).toEqual(['email:info@yulius.nl']);
  });

  it('redacts with a marker per kind and keeps the rest of the story', () => {
    const text = 'Mijn zoon Bas (14) belt 06-12345678.';
    expect(redact(text, detectPersonalData(text))).toBe(
      'Mijn zoon [naam] ([leeftijd]) belt [telefoon].',
    );
    expect(
      redact('abcdef', [
        { start: 1, end: 3, kind: 'person' },
        { start: 2, end: 4, kind: 'person' },
      ]),
    ).toBe('a[naam]ef');
  });
});
