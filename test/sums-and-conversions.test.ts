// Sums of money: a conversion set off by commas ("100,000 zlotys, about $27,400,") restates the
// figure before it, as a bracketed one does, and is checked against the record's rate; and a newer
// sum is a revision of the draft's only when its record tells something of the same payment ("bail
// of 20,000 zlotys" revises no compensation). extract/figure-kind.ts conversionsOf,
// match/conversions.ts, match/outdated.ts. A finding and a no-finding case each.
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { judgeIn, using, writtenStory } from './story-library';

const story = () =>
  writtenStory([
    {
      id: 'pledge',
      date: '2025-11-19',
      body: 'The company will pay 100,000 zlotys (about $27,400) to the family of each person killed, chief executive Jan Wierzbicki said.\n',
    },
    {
      id: 'court',
      date: '2025-11-26',
      body: 'The technician charged in the case was released under police supervision on bail of 20,000 zlotys ($5,500), the court said.\n',
    },
  ]);

describe('sums and their conversions', () => {
  it('checks a conversion set off by commas against the rate the record gives', () => {
    using(story(), (library) => {
      const f = judgeIn(library, 'The company will pay the family of each victim 100,000 zlotys, about $37,400.', '2025-11-27');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f?.message ?? '', /about \$27,400/);
    });
  });
  it('takes no newer sum of another payment for a revision of the draft’s', () => {
    using(story(), (library) => {
      const f = judgeIn(library, 'The company will pay the family of each victim 100,000 zlotys, about $27,400.', '2025-11-27');
      assert.equal(f?.verdict, 'supported');
    });
  });
});

describe('a currency word several currencies share, before the noun it prices', () => {
  const lex = loadLexicon();
  const counted = (s: string) => extractClaims(s, lex)[0]?.quantities[0]?.counted;
  it('makes the figure money in it', () => {
    assert.equal(counted('Housing makes up most of the 41 billion rupee reconstruction bill.'), 'other:rupee');
    assert.equal(counted('The sponsor pulled its 4.2 billion peso sponsorship.'), 'other:peso');
  });
  it('leaves a figure of other things counted as they are', () => {
    assert.equal(counted('The sponsor pulled 12 cycling teams.'), 'other:team');
  });
});

describe('a sum told of each of a kind', () => {
  const lex = loadLexicon();
  const kind = (s: string) => extractClaims(s, lex)[0]?.quantities[0]?.kind;
  it('is a figure per item ("each temporary house would cost ...")', () => {
    assert.equal(kind('The minister said each temporary house would cost about 80 million rupiah.'), 'each');
  });
  it('is not when "each" tells whom a total is paid to', () => {
    assert.equal(kind('The company will pay 50,000 soles to the family of each person who died.'), undefined);
  });
});

describe('a figure written with a scale word holds only the digits it shows', () => {
  const written = () =>
    writtenStory([
      {
        id: 'census',
        date: '2032-11-02',
        body: "LUSAKA, Nov 2 (MRW) - Zambia's population has risen to 25,418,960, and the census cost 1.96 billion kwacha, according to preliminary results released on Tuesday by the statistics agency.\n",
      },
    ]);
  it('"25.4 million" is the record\'s 25,418,960 rounded; "25.5 million" is another figure', () => {
    using(written(), (library) => {
      assert.equal(judgeIn(library, "Zambia's population has risen to 25.4 million.", '2032-11-03')?.verdict, 'supported');
      assert.equal(judgeIn(library, "Zambia's population has risen to 25.5 million.", '2032-11-03')?.verdict, 'conflicting');
    });
  });
  it('"2 billion kwacha" shows one digit: no rounding of 1.96 billion', () => {
    using(written(), (library) => {
      assert.notEqual(judgeIn(library, 'The census cost 2 billion kwacha.', '2032-11-03')?.verdict, 'supported');
    });
  });
});

describe('a size joined to its thing by a hyphen, converted and rounded', () => {
  const written = () =>
    writtenStory([
      {
        id: 'farm',
        date: '2026-01-23',
        body: 'Catherine Kawira, 52, said she had lost her entire two-acre field of green grams in a single morning.\n',
      },
    ]);
  it('"a 0.8-hectare plot" is an area, and the record\'s two acres (0.809 ha) rounded to the draft\'s digit', () => {
    const [c] = extractClaims('She lost her 0.8-hectare plot.', loadLexicon());
    assert.equal(c.quantities[0]?.counted, 'area');
    using(written(), (library) => {
      assert.equal(
        judgeIn(library, 'Catherine Kawira said she had lost her 0.8-hectare plot of green grams in a single morning.')?.verdict,
        'supported',
      );
      assert.equal(
        judgeIn(library, 'Catherine Kawira said she had lost her 1.2-hectare plot of green grams in a single morning.')?.verdict,
        'conflicting',
      );
    });
  });
});
