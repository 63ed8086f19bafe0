// Sums of money: a conversion set off by commas ("100,000 zlotys, about $27,400,") restates the
// figure before it, as a bracketed one does, and is checked against the record's rate; and a newer
// sum is a revision of the draft's only when its record tells something of the same payment ("bail
// of 20,000 zlotys" revises no compensation). extract/figure-kind.ts conversionsOf,
// match/conversions.ts, match/outdated.ts. A finding and a no-finding case each.
import assert from 'node:assert/strict';
import { judgeIn, writtenStory } from './story-library';

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
    const s = story();
    try {
      const f = judgeIn(s.library, 'The company will pay the family of each victim 100,000 zlotys, about $37,400.', '2025-11-27');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f?.message ?? '', /about \$27,400/);
    } finally {
      s.remove();
    }
  });
  it('takes no newer sum of another payment for a revision of the draft’s', () => {
    const s = story();
    try {
      const f = judgeIn(s.library, 'The company will pay the family of each victim 100,000 zlotys, about $27,400.', '2025-11-27');
      assert.equal(f?.verdict, 'supported');
    } finally {
      s.remove();
    }
  });
});
