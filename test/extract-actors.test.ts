import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import type { ActorRef, Claim } from '../server/src/engine/types';

const lex = loadLexicon();

/** The single claim of a one-sentence text. */
function claim(s: string, refDate?: string): Claim {
  const cs = extractClaims(s, lex, { refDate });
  assert.equal(cs.length, 1, `expected one claim in ${JSON.stringify(s)}, got ${cs.length}`);
  return cs[0];
}
const actors = (s: string) => claim(s).actors;
const byRole = (as: ActorRef[], role: ActorRef['role']) => as.filter((a) => a.role === role);
/** An actor's span reads back as its text (apostrophes aside). */
function spanReads(s: string, a: ActorRef): void {
  assert.equal(s.slice(a.span.start, a.span.end).replace(/’/g, "'"), a.text);
}

describe('actors (extractClaims)', () => {
  it('Singh told reporters: a person with her organisation and titles', () => {
    const s =
      "On Monday, Deputy Pentagon press secretary Sabrina Singh told reporters that it is likely that roughly 11,000 North Korean troops have entered Russia's Kursk region.";
    const as = actors(s);
    assert.equal(as.length, 1, JSON.stringify(as));
    const a = as[0];
    assert.equal(a.role, 'primary');
    assert.equal(a.person, 'singh');
    assert.deepEqual(a.orgs, ['pentagon']);
    assert.ok(a.titles.includes('deputy press secretary'), JSON.stringify(a.titles));
    assert.equal(a.cue, 'told');
    assert.ok(!a.backref && !a.anonymous);
    assert.equal(a.text, 'Deputy Pentagon press secretary Sabrina Singh');
    spanReads(s, a);
  });

  it('"The NIS, an intelligence agency with a long record, has estimated": an apposition before an auxiliary and the verb', () => {
    const [a] = actors('The National Intelligence Service, an agency with a long record, has estimated that 11,000 troops are in Kursk.');
    assert.deepEqual(a?.orgs, ['nis']);
    // No apposition, no auxiliary: the same.
    assert.deepEqual(actors('The National Intelligence Service has estimated that 11,000 troops are in Kursk.')[0]?.orgs, ['nis']);
  });
  it('"By Zelensky\'s account, ...": whose reckoning it is names the speaker (as "by Ukraine\'s count" does)', () => {
    const [a] = actors("By Zelensky's account, North Korean losses in the Kursk region now exceed 3,000 killed and wounded.");
    assert.equal(a?.person, 'zelensky');
    // "Zelensky's adviser said": the adviser speaks, not Zelensky.
    assert.notEqual(actors("Zelensky's adviser said losses now exceed 3,000.")[0]?.person, 'zelensky');
  });
  it('"provincial health officer Dr. Esperanza Lumbay said": the honorific\'s dot ends no phrase, the office is hers', () => {
    const [a] = actors('"One unvaccinated child can start it all again," provincial health officer Dr. Esperanza Lumbay said.');
    assert.equal(a.person, 'lumbay');
    assert.deepEqual(a.titles, ['health officer']);
    // No office before the honorific: none given.
    const [b] = actors('"One unvaccinated child can start it all again," Dr. Esperanza Lumbay said.');
    assert.deepEqual([b.person, b.titles], ['lumbay', []]);
  });
  it('"Ukrainian authorities say": the body\'s own noun is in the speaker\'s phrase, not in what happened', () => {
    const c = claim('Ukrainian authorities say the North Korean forces were first sighted in Kursk on October 23.');
    assert.equal(c.actors[0].text, 'Ukrainian authorities');
    assert.ok(!c.keywords.includes('authorities') && !c.keywords.includes('author'), c.keywords.join(' '));
  });
  it('"Authorities said", "Officials said": a plural common noun opening the sentence is nobody\'s name; "Edwards said" is', () => {
    assert.deepEqual(actors('Authorities said on Wednesday that 64 people had been killed.'), []);
    assert.deepEqual(actors('Officials said 64 people had been killed.'), []);
    assert.equal(actors('Edwards said 64 people had been killed.')[0]?.person, 'edwards');
  });
  it('"said the union had cut its claim": a name with its own verb after "said" is what was said, not who said it', () => {
    assert.deepEqual(actors('People familiar with the talks said the Pentagon had cut its forecast to 3,000.'), []);
    assert.equal(actors('"We will not stop," said the Pentagon on Monday.')[0]?.text, 'the Pentagon');
  });
  it('a named body keeps its own phrase: "Ukraine\'s military intelligence said"', () => {
    assert.equal(
      actors("Ukraine's military intelligence said North Korean troops had reached Kursk.")[0].text,
      "Ukraine's military intelligence",
    );
  });
  it('according to the Defense Intelligence of Ukraine’s Telegram channel: the agency, not the channel', () => {
    const s =
      'According to the Defense Intelligence of Ukraine’s official Telegram channel, there are approximately 12,000 North Korean soldiers deployed in Russia, including 500 military officers, with three of them being generals.';
    const as = actors(s);
    const p = byRole(as, 'primary');
    assert.equal(p.length, 1, JSON.stringify(as));
    assert.deepEqual(p[0].orgs, ['hur']);
    assert.equal(p[0].person, undefined);
    assert.equal(p[0].cue?.toLowerCase(), 'according to');
    assert.ok(!as.some((a) => a.orgs.includes('telegram')), 'Telegram is a channel, not a speaker');
    spanReads(s, p[0]);
  });

  it('Kyodo News, citing Ukrainian military sources, reported: an outlet and the sources it cites', () => {
    for (const s of [
      'Earlier, Kyodo News, citing Ukrainian military sources, reported that approximately 2,000 North Korean soldiers had completed their training and were moving toward western Russia, near the Ukrainian border.',
      'Citing Ukrainian military sources, Kyodo News earlier reported that around 2,000 North Korean soldiers completed their training and moved toward western Russia near the Ukrainian border.',
    ]) {
      const as = actors(s);
      const p = byRole(as, 'primary');
      const sec = byRole(as, 'secondary');
      assert.equal(p.length, 1, s);
      assert.deepEqual(p[0].orgs, ['kyodo'], s);
      assert.equal(p[0].cue, 'reported');
      assert.equal(sec.length, 1, s);
      assert.deepEqual(sec[0].orgs, ['ukrainian-military-sources']);
      assert.equal(sec[0].cue?.toLowerCase(), 'citing');
      for (const a of as) spanReads(s, a);
    }
  });

  it('a senior Ukrainian military source told Reuters: an anonymous speaker and the outlet told', () => {
    const s =
      'Meanwhile, a senior Ukrainian military source told Reuters in an article published on Saturday that Ukraine has lost more than 40 percent of the territory that it seized in its surprise attack in the Kursk region late this summer.';
    const as = actors(s);
    const p = byRole(as, 'primary');
    assert.equal(p.length, 1, JSON.stringify(as));
    assert.equal(p[0].anonymous, 'military-source');
    assert.equal(p[0].person, undefined);
    assert.deepEqual(p[0].orgs, []);
    const rec = byRole(as, 'recipient');
    assert.equal(rec.length, 1, JSON.stringify(as));
    assert.deepEqual(rec[0].orgs, ['reuters']);
    assert.equal(rec[0].text, 'Reuters');
    spanReads(s, p[0]);
  });

  it('"..." said the unnamed source: the speaker after the verb', () => {
    const s =
      '"At most, we controlled about 1,376 square kilometres [roughly 531 square miles], now of course this territory is smaller," said the unnamed source, who is on the General Staff of the Armed Forces of Ukraine.';
    const p = byRole(actors(s), 'primary');
    assert.equal(p.length, 1);
    assert.equal(p[0].anonymous, 'military-source');
    assert.equal(p[0].cue, 'said');
  });

  it('"..., he wrote": a back-reference waiting to be resolved', () => {
    const s =
      '"Part of the military from the DPRK was transferred to the border area of the Belgorod region," he wrote, using North Korea\'s official name, the Democratic People\'s Republic of Korea (DPRK).';
    const as = actors(s);
    assert.equal(as.length, 1, JSON.stringify(as));
    assert.equal(as[0].backref, true);
    assert.equal(as[0].cue, 'wrote');
    assert.equal(as[0].person, undefined);
    assert.deepEqual(as[0].orgs, []);
    // "the intelligence service said" is a back-reference too.
    const it2 = actors('The intelligence service said the troops had been seen in Kursk on Wednesday.');
    assert.ok(
      it2.some((a) => a.backref),
      JSON.stringify(it2),
    );
  });

  it('"He also mentioned that ...": a pronoun opening the sentence is a back-reference (case as at a sentence start)', () => {
    // From the border-zone source, where the sentence before names Putin.
    const as = actors('He also mentioned that Russia and North Korea signed a “comprehensive strategic partnership” in June.');
    assert.ok(
      as.some((a) => a.backref && a.cue === 'mentioned'),
      JSON.stringify(as),
    );
    // A named speaker is no back-reference, whatever pronoun follows.
    const named = actors('Kirby said he believed North Korea had sent about 10,000 troops to Russia.');
    assert.ok(!named.some((a) => a.backref) && named.some((a) => a.person), JSON.stringify(named));
  });

  it('a person in apposition with an office: Kirby, the NSC spokesperson; Kovalenko of the CCD', () => {
    const k = actors(
      'On Wednesday, John Kirby, the spokesperson for the U.S. National Security Council, informed reporters that at least 3,000 North Korean soldiers had arrived in eastern Russia in October.',
    );
    assert.equal(k.length, 1);
    assert.equal(k[0].person, 'kirby');
    assert.deepEqual(k[0].orgs, ['nsc']);
    assert.ok(k[0].countries.includes('united-states'));
    const v = actors(
      "Andrii Kovalenko, the head of Ukraine's National Security and Defense Council's Center for Countering Disinformation, wrote on Telegram on Friday that some North Korean troops have moved into the Belgorod region.",
    );
    const p = byRole(v, 'primary');
    assert.equal(p[0].person, 'kovalenko');
    assert.deepEqual([...p[0].orgs].sort(), ['ccd', 'nsdc']);
    assert.ok(p[0].titles.includes('head'));
  });

  it('a speaker after a closing quotation ("...," Putin said) and a known person with a title', () => {
    const a = actors('“We believe that the North Korean leadership will take our agreement seriously,” Putin said.');
    assert.equal(a.length, 1);
    assert.equal(a[0].person, 'putin');
    const b = actors(
      'Kyrylo Budanov, head of Ukraine’s military intelligence, confirmed in a press interview that North Korean troops would be deployed to the Kursk.',
    );
    assert.equal(b[0].person, 'budanov');
    assert.deepEqual(b[0].orgs, ['hur']);
  });

  it('two outlets joined by "and" both report', () => {
    const as = actors(
      'The Washington Times and NHK World reported that North Korean soldiers were spotted in Kursk, an area where Ukrainian forces are currently active.',
    );
    const orgs = byRole(as, 'primary').flatMap((a) => a.orgs);
    assert.ok(orgs.includes('nhk'), JSON.stringify(as));
    assert.ok(orgs.includes('washington-times'), `expected washington-times among ${JSON.stringify(orgs)}`);
  });

  it('a participial phrase before the speaker is not her affiliation ("Responding to Ukrainian intelligence reports, ...")', () => {
    const s =
      'Responding to Ukrainian intelligence reports, Pentagon Deputy Spokesperson Sabrina Singh confirmed the U.S. is monitoring North Korea’s military presence in Russia.';
    const p = byRole(actors(s), 'primary').filter((a) => a.person === 'singh');
    assert.equal(p.length, 1, JSON.stringify(actors(s)));
    assert.deepEqual(p[0].orgs, ['pentagon'], 'Singh speaks for the Pentagon, not for Ukrainian intelligence');
  });

  describe('no actors', () => {
    it('finds none in sentences without attribution', () => {
      for (const s of [
        'Russia and North Korea, both pariahs in the West, have forged increasingly friendly ties since Moscow’s invasion of Ukraine.',
        'North Korean soldiers fight alongside Russians in Kursk Oblast.',
        'The Belgorod Oblast is south of the Kursk Oblast and directly across from the Kharkiv Oblast in Ukraine.',
        'Except for soldiers, North Korea has supplied Moscow with at least 11,000 containers of ammunition, including approximately two million artillery rounds since 2023.',
      ])
        assert.deepEqual(actors(s), [], s);
    });

    it('takes no cue from inside a quotation', () => {
      // "said" only inside the quoted words: nobody outside the quote is attributed.
      const c = claim('The headline read: “Kyiv said the troops had crossed the border.”');
      assert.deepEqual(c.actors, []);
    });
  });
});

describe('actors: unnamed speakers of a country, and names set off from the speaker', () => {
  it('"According to Ukrainian authorities", "South Korean officials said": an anonymous speaker of that country', () => {
    const [a] = actors('According to Ukrainian authorities, Russia could end up using two brigades from Pyongyang, about 12,000 men.');
    assert.equal(a.anonymous, 'authorities@ukraine');
    assert.deepEqual(a.countries, ['ukraine']);
    assert.equal(actors('South Korean officials said on Friday that the troops had reached the front.')[0].countries[0], 'south-korea');
  });
  it('a nationality before any other noun is no speaker ("Ukrainian soldiers said")', () => {
    assert.equal(
      actors('Ukrainian soldiers said the North Korean units had reached the front.').some((a) => a.anonymous),
      false,
    );
  });
  it('"Governor Lourdes Paglinawan of Oriental Mindoro promised": the governor, not a person named Mindoro', () => {
    const [a] = actors('Governor Lourdes Paglinawan of Oriental Mindoro promised 10,000 pesos to each bereaved family.');
    assert.equal(a.person, 'paglinawan');
  });
  it('"Verdemar Shipping Corp., which operated the ferry, said": the relative clause is read whole', () => {
    const [a] = actors('Verdemar Shipping Corp., which operated the ferry, said on Wednesday that 163 people had been aboard.');
    assert.equal(a?.text, 'Verdemar Shipping Corp');
  });
});

describe('actors: a speaker described at length, and verbs of reckoning', () => {
  it('"The Australian Freight Council, an industry group representing importers, exporters and freight forwarders, estimated": the council', () => {
    const as = actors(
      'The Australian Freight Council, an industry group representing importers, exporters and freight forwarders, estimated that the stoppage was costing A$45 million a day.',
    );
    assert.ok(
      as.some((a) => /Australian Freight Council/.test(a.text) && a.role === 'primary'),
      JSON.stringify(as),
    );
  });
  it('"South Korean intelligence now reckons about 3,000": the agency gives the figure; a list with no name before it is no speaker', () => {
    assert.ok(
      actors('South Korean intelligence now reckons about 3,000 North Korean soldiers are already in Russia.').some(
        (a) => a.role === 'primary',
      ),
    );
    assert.ok(
      !actors('Importers, exporters and freight forwarders, a broad group, estimated the cost at A$45 million.').some((a) =>
        /Freight/.test(a.text),
      ),
    );
  });
});
