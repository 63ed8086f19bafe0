import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { findMentions, type Mention } from '../server/src/engine/extract/mentions';
import { tokenize } from '../server/src/engine/text/tokens';

const lex = loadLexicon();

/** Mentions of one sentence, as "kind:id[text]", the sentence's first word marked as in extractClaims. */
function mentions(s: string): Mention[] {
  const tokens = tokenize(s);
  return findMentions(
    tokens,
    lex,
    tokens.findIndex((t) => t.word),
  );
}
const show = (ms: Mention[]) => ms.map((m) => `${m.kind}:${m.id}[${m.text}]`);
const has = (s: string, ...want: string[]) => {
  const got = show(mentions(s));
  for (const w of want) assert.ok(got.includes(w), `expected ${w} in ${JSON.stringify(got)}`);
};
const names = (s: string) => show(mentions(s).filter((m) => m.kind === 'name'));

describe('findMentions', () => {
  describe('known entities', () => {
    it('finds the title, organisation, demonym and place in the Newsweek Singh sentence', () => {
      has(
        "On Monday, Deputy Pentagon press secretary Sabrina Singh told reporters that it is likely that roughly 11,000 North Korean troops have entered Russia's Kursk region.",
        'title:deputy[Deputy]',
        'org:pentagon[Pentagon]',
        'title:press secretary[press secretary]',
        'demonym:north-korea[North Korean]',
        'place:kursk[Kursk region]',
      );
    });

    it('finds a known person by full name and an organisation by its possessive alias', () => {
      has(
        'Kyrylo Budanov, head of Ukraine’s military intelligence, confirmed in a press interview that North Korean troops would be deployed to the Kursk.',
        'person:budanov[Kyrylo Budanov]',
        'title:head[head]',
        "org:hur[Ukraine's military intelligence]",
        'place:kursk[Kursk]',
      );
      has('Kirby stated, “We do not yet know if these soldiers will fight alongside Russian forces.”', 'person:kirby[Kirby]');
    });

    it('finds an organisation by its long name and by its acronym', () => {
      const ms = mentions(
        'South Korea’s National Intelligence Service (NIS) reported on 13 November that North Korean soldiers are actively participating in combat operations.',
      );
      assert.deepEqual(
        ms.filter((m) => m.kind === 'org').map((m) => `${m.id}[${m.text}]`),
        ['nis[National Intelligence Service]', 'nis[NIS]'],
      );
      assert.ok(show(ms).includes('country:south-korea[South Korea]'));
    });

    it('finds nested organisations and places in the Kovalenko sentence', () => {
      has(
        "Andrii Kovalenko, the head of Ukraine's National Security and Defense Council's Center for Countering Disinformation, wrote on Telegram on Friday that some North Korean troops have moved into the Belgorod region.",
        'org:nsdc[National Security and Defense Council]',
        'org:ccd[Center for Countering Disinformation]',
        'place:belgorod[Belgorod region]',
      );
    });

    it('finds regions with their variants (Far East, western Russia, border with China)', () => {
      has(
        'In a post on its official Telegram account, the Defense Intelligence of Ukraine said some North Korean troops, who had received training in Russia’s far east, have made their way to the western Russia region.',
        'org:hur[Defense Intelligence of Ukraine]',
        "place:eastern-russia[Russia's far east]",
        'place:western-russia[western Russia region]',
      );
      has(
        'Last week, CNN geolocated social media videos showing troops arriving at the Sergeevka training ground, close to Russia’s border with China.',
        'org:cnn[CNN]',
        'place:sergeevka[Sergeevka]',
        "place:china-border[Russia's border with China]",
      );
    });

    it('matches short acronyms by case only: "us" is not the United States', () => {
      const ms = mentions('Russia has told us nothing about the troops.');
      assert.ok(!ms.some((m) => m.id === 'united-states'), JSON.stringify(show(ms)));
      has(
        'US Congressman Mike Turner said that the US and NATO should allow Ukraine to strike deep into Russia.',
        'country:united-states[US]',
        'org:nato[NATO]',
      );
    });
  });

  describe('unknown names', () => {
    it('takes two capitalised words that are no known entity as a name, keyed by surname', () => {
      assert.deepEqual(
        names(
          "On Monday, Deputy Pentagon press secretary Sabrina Singh told reporters that roughly 11,000 North Korean troops have entered Russia's Kursk region.",
        ),
        ['name:singh[Sabrina Singh]'],
      );
      assert.deepEqual(
        names(
          'US State Department Spokesperson Vedant Patel said on 12 November that “over 10,000 North Korean troops” initially deployed to eastern Russia.',
        ),
        ['name:patel[Vedant Patel]'],
      );
      assert.deepEqual(
        names('Lithuanian Foreign Minister Gabrielius Landsbergis called it a “major escalation in the war” during a Thursday interview.'),
        ['name:landsbergis[Gabrielius Landsbergis]'],
      );
    });

    it('keeps a name that starts the sentence', () => {
      assert.deepEqual(names('Sabrina Singh told reporters that North Korean troops had entered Kursk.'), ['name:singh[Sabrina Singh]']);
    });

    it('takes a single capitalised word as a name next to an attribution verb', () => {
      assert.deepEqual(names('Singh added that the North Korean troops are moving into Kursk for a reason.'), ['name:singh[Singh]']);
      assert.deepEqual(names('“It is a global conflict, and it affects everybody,” said Landsbergis.'), ['name:landsbergis[Landsbergis]']);
    });

    it('does not let a sentence-initial "The" into a name', () => {
      // Mid-sentence the run of capitals is a name; at the start of a sentence only "The" should go.
      assert.deepEqual(names('Ukraine may now use the Army Tactical Missile System farther into Russian territory.'), [
        'name:system[Army Tactical Missile System]',
      ]);
      assert.deepEqual(names('The Army Tactical Missile System reaches farther into Russian territory.'), [
        'name:system[Army Tactical Missile System]',
      ]);
    });
  });

  describe('capitalised words that are not names', () => {
    it('reads "Telegram" as a channel, never as a name', () => {
      const ms = mentions(
        'In a post on its official Telegram account, the Defense Intelligence of Ukraine said some North Korean troops had arrived.',
      );
      assert.deepEqual(
        names('In a post on its official Telegram account, the Defense Intelligence of Ukraine said some North Korean troops had arrived.'),
        [],
      );
      assert.ok(show(ms).includes('org:telegram[Telegram]'));
      assert.deepEqual(names('Telegram posts from the agency gave no figure.'), []);
    });

    it('takes no name from a sentence-initial "The" or another capitalised sentence opener', () => {
      for (const s of [
        'The Russian city of Belgorod has been a target of Ukrainian strikes in the past.',
        'The region shares a border with Ukraine.',
        'Meanwhile, cash-strapped North Korea is believed to have received food and other necessities in exchange.',
        'Except for soldiers, North Korea has supplied Moscow with at least 11,000 containers of ammunition.',
        'Last week, CNN geolocated social media videos showing troops arriving at the Sergeevka training ground.',
      ]) {
        assert.deepEqual(names(s), [], s);
        assert.ok(!mentions(s).some((m) => /^(The|Meanwhile|Except|Last)\b/.test(m.text)), s);
      }
    });

    it('takes no name from weekdays and months', () => {
      assert.deepEqual(names('On Wednesday, some North Korean soldiers were observed in the Kursk region in western Russia.'), []);
      assert.deepEqual(names('These forces entered Russia between early and mid-October and are undergoing training in October.'), []);
      assert.deepEqual(
        names('Russian President Vladimir Putin launched a full-scale invasion of Kyiv in February 2022.').filter((n) =>
          /February/.test(n),
        ),
        [],
      );
    });

    it('gives token ranges that cover exactly the mention text', () => {
      const s = "On Monday, Deputy Pentagon press secretary Sabrina Singh told reporters that troops have entered Russia's Kursk region.";
      const tokens = tokenize(s);
      for (const m of findMentions(tokens, lex, 0)) {
        assert.ok(m.i < m.j, JSON.stringify(m));
        const raw = s.slice(tokens[m.i].start, tokens[m.j - 1].end).replace(/’/g, "'");
        assert.equal(raw, m.text);
      }
    });
  });
});

describe('mentions: a name used as a modifier', () => {
  it('"the Yarrabee Creek bushfire has claimed its first life" names no speaker', () => {
    const claim = extractClaims(
      'The Yarrabee Creek bushfire has claimed its first life, with police confirming on Tuesday night that a body had been found.\n',
      lex,
    )[0];
    assert.ok(!claim.actors.some((a) => a.text.includes('Yarrabee')), JSON.stringify(claim.actors));
  });
  it('a name before a verb still speaks ("Sabrina Singh told reporters")', () => {
    const claim = extractClaims('Sabrina Singh told reporters that 10,000 troops had arrived.\n', lex)[0];
    assert.ok(
      claim.actors.some((a) => a.text.includes('Sabrina Singh')),
      JSON.stringify(claim.actors),
    );
  });
});

describe('mentions: a body named after a place', () => {
  it('a place inside a name of several words, or after a body word, stays only a place ("Hospital Regional del Cusco")', () => {
    const got = show(mentions('The director of the Hospital Regional del Cusco said nine were in critical condition.'));
    assert.ok(!got.some((m) => m.startsWith('org:~')), JSON.stringify(got));
  });
});
