// How a sentence describes a named person (extract/descriptors.ts), and the judge comparing a
// draft's description with the sources' (match/descriptors.ts): the same office told of another
// body or place is another affiliation, a conflict; a description of another kind, or one that
// names nothing the sources' could differ in, is none.
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { findDescriptors } from '../server/src/engine/extract/descriptors';
import { findMentions } from '../server/src/engine/extract/mentions';
import { tokenize } from '../server/src/engine/text/tokens';
import { judgeIn, storyLibrary, using, writtenStory } from './story-library';

const lex = loadLexicon();
const describe_ = (s: string) => {
  const tokens = tokenize(s);
  return findDescriptors(tokens, findMentions(tokens, lex, 0), lex);
};

describe('descriptors of a named person', () => {
  it('reads an apposition after the name, its office and the named things in it', () => {
    const [d] = describe_("Karin Moosbrugger, a spokeswoman for the Innsbruck public prosecutor's office, said so on Friday.");
    assert.equal(d?.surname, 'moosbrugger');
    assert.equal(d?.head, 'spokeswoman');
    assert.ok(d?.units.some((u) => u.id === 'innsbruck'));
  });
  it('reads a relative clause that gives an office', () => {
    const [d] = describe_("Sushma Bhatnagar, who heads the IMD's regional centre in Lucknow, said the monsoon was late.");
    assert.equal(d?.head, 'head');
    assert.ok(d?.units.some((u) => u.kind === 'place' && u.id.endsWith('lucknow')));
  });
  it('reads an office written before the name, set off by commas', () => {
    const [d] = describe_("The Bank's chief economist, Clare Devlin, voted with the majority.");
    assert.equal(d?.office, 'chief economist');
  });
  it('keeps the word that says which office ("the company\'s legal director"), not one that says when', () => {
    assert.equal(describe_("Sofía Benavente, the company's legal director, will run the firm.")[0]?.office, 'legal director');
    assert.equal(describe_('Legal director Sofía Benavente will run the firm.')[0]?.office, 'legal director');
    assert.equal(describe_("Sofía Benavente, the company's new director, will run the firm.")[0]?.office, 'director');
    // (A spokesperson is told in many ways: "opposition spokesperson" for "opposition emergency
    // services spokesperson".)
    assert.equal(describe_('Opposition spokesperson Kylie Brandt said the government had cut funding.')[0]?.office, 'spokesperson');
  });
  it('finds none where the apposition is an age or a clause', () => {
    assert.deepEqual(describe_('Mwenda, 47, was taken to hospital on Saturday, his lawyer said.'), []);
    assert.deepEqual(describe_('Kirby, speaking to reporters on Monday, said the troops had arrived.'), []);
  });
});

describe('judging how a draft describes a person', () => {
  const story = () =>
    writtenStory([
      {
        id: 'arrest',
        date: '2025-02-17',
        body:
          "LANDECK, Austria, Feb 17 (ATP) - The man was arrested on Friday at his home in Landeck, said Karin Moosbrugger, spokeswoman for the Innsbruck public prosecutor's office.\n\n" +
          'Monetary policy committee member Clare Devlin, a Deputy Governor of the bank, voted for the cut. Daniel Marsh, the chief economist, voted against it.\n',
      },
    ]);
  it('is a conflict when the same office is given for another body', () => {
    using(story(), (library) => {
      const f = judgeIn(
        library,
        'Karin Moosbrugger, a spokeswoman for the Tyrol state police, said the man had been arrested at his home in Landeck.',
      );
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f?.message ?? '', /Innsbruck public prosecutor's office/);
    });
  });
  it("is a conflict when the office is another person's", () => {
    using(story(), (library) => {
      const f = judgeIn(library, "The Bank's chief economist, Clare Devlin, voted for the cut.");
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f?.message ?? '', /Deputy Governor/);
    });
  });
  it('is a conflict when another word says which office ("legal director" for the finance director)', () => {
    const story = writtenStory([
      {
        id: 'handover',
        date: '2025-10-28',
        body: 'CONCEPCIÓN, Chile, Oct 28 (ANA) - Andrés Krause stepped down as general manager of Resinas del Laja on Friday, the company said, and finance director Sofía Benavente will run the firm on an interim basis.\n',
      },
    ]);
    using(story, (library) => {
      const f = judgeIn(library, "Sofía Benavente, the company's legal director, will run the firm on an interim basis.");
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f?.message ?? '', /finance director/);
      assert.notEqual(judgeIn(library, 'Finance director Sofía Benavente will run the firm on an interim basis.')?.verdict, 'conflicting');
    });
  });
  it('is no conflict when the draft describes the person as the sources do, in fewer words', () => {
    using(story(), (library) => {
      const f = judgeIn(
        library,
        "Karin Moosbrugger, a spokeswoman for the prosecutor's office, said the man had been arrested at his home in Landeck.",
      );
      assert.notEqual(f?.verdict, 'conflicting');
    });
  });
  it('reads an office of several fields whole: one field of it is no other office, a field it lacks is', () => {
    assert.equal(
      describe_('Energy, Mines and Water Minister Tomás Aravena visited the site on Saturday.')[0]?.office,
      'energy mines water minister',
    );
    // ("On Friday," is no field of the office after it.)
    assert.ok(!(describe_('On Friday, House Intelligence Committee chairman Mike Turner spoke.')[0]?.text ?? '').includes('Friday'));
    const story = writtenStory([
      {
        id: 'visit',
        date: '2025-10-19',
        body: 'Energy, Mines and Water Minister Tomás Aravena, who visited the site on Saturday, said inspectors had found 14 wells that leaked.\n',
      },
    ]);
    using(story, (library) => {
      const said = (office: string) =>
        judgeIn(library, `${office} Minister Tomás Aravena said inspectors had found 14 wells that leaked.`)?.verdict;
      assert.equal(said('Energy'), 'supported');
      assert.equal(said('Mines'), 'supported');
      assert.equal(said('Interior'), 'conflicting');
    });
  });
});

describe('an office whose field is a run of capitalised English words', () => {
  const story = () =>
    writtenStory([
      {
        id: 'census',
        date: '2032-11-11',
        body: "National Development Planning Minister Mutinta Hang'ombe announced on Wednesday that enumerators would return to three districts.\n",
      },
    ]);
  it('"National Development Planning Minister" is the office: "Finance Minister Mutinta Hang\'ombe" conflicts', () => {
    using(story(), (library) => {
      const f = judgeIn(library, "Finance Minister Mutinta Hang'ombe announced the recount on Wednesday.", '2032-11-11');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f.message, /“National Development Planning Minister”, not “Finance Minister”/);
    });
  });
  it('the same office is backed, and the speaker named in words ("Hang\'ombe", never her id)', () => {
    using(story(), (library) => {
      const f = judgeIn(
        library,
        "National Development Planning Minister Mutinta Hang'ombe announced on Wednesday that enumerators would return to three districts.",
        '2032-11-11',
      );
      assert.equal(f?.verdict, 'supported');
      assert.match(f.message, /Mutinta Hang'ombe/);
      assert.doesNotMatch(f.message, /hang-ombe/);
    });
  });
});

describe('an office before an honorific and the name ("provincial health officer Dr. Esperanza Lumbay")', () => {
  const outbreak = storyLibrary('outbreak').lexicon;
  const inOutbreak = (s: string) => {
    const tokens = tokenize(s);
    return findDescriptors(tokens, findMentions(tokens, outbreak, 0), outbreak);
  };
  it('is her office', () => {
    const [d] = inOutbreak('"The curve is bending," provincial health officer Dr. Esperanza Lumbay said.');
    assert.deepEqual([d?.surname, d?.office], ['lumbay', 'provincial health officer']);
  });
  it('an honorific alone describes no one', () => {
    assert.deepEqual(inOutbreak('"The curve is bending," Dr. Esperanza Lumbay said.'), []);
  });
});
