// Places no data file names, from the gazetteer (issue 12): which capitalised words are places
// (extract/gazetteer-places.ts), how such a place stands to another (match/gazetteer-relation.ts),
// and the verdicts that follow: a wrong place is never supported.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { findMentions } from '../server/src/engine/extract/mentions';
import { relatePlace } from '../server/src/engine/match/elements';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { tokenize } from '../server/src/engine/text/tokens';
import type { Library } from '../server/src/engine/api';

const lex = loadLexicon();

/** The gazetteer places of one sentence, as "text=id". */
function places(s: string): string[] {
  const tokens = tokenize(s);
  return findMentions(
    tokens,
    lex,
    tokens.findIndex((t) => t.word),
  )
    .filter((m) => m.id.startsWith('gz:') && m.kind === 'place')
    .map((m) => `${m.text}=${m.id}`);
}

describe('gazetteer places', () => {
  it('server/data/gazetteer.txt is what scripts/build-gazetteer.mjs makes', function () {
    this.timeout(60_000);
    const root = path.join(__dirname, '..');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-gz-')), 'gazetteer.txt');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-gazetteer.mjs'), out], { stdio: 'pipe' });
    assert.ok(
      fs.readFileSync(out).equals(fs.readFileSync(path.join(root, 'server', 'data', 'gazetteer.txt'))),
      'regenerate it: node scripts/build-gazetteer.mjs',
    );
  });

  describe('which words are places', () => {
    it('a town after a locative word is a place, with its country', () => {
      assert.deepEqual(places('The company, which is headquartered in Zlín, said it would cut 400 jobs.'), ['Zlín=gz:CZ:zlin']);
      assert.deepEqual(places('Floodwaters cut off Wauchope on Monday after the Hastings River rose, the SES said near Wauchope.'), [
        'Wauchope=gz:AU:wauchope',
      ]);
      assert.deepEqual(places('In Kempsey, about 2,000 people were told to leave their homes.'), ['Kempsey=gz:AU:kempsey']);
    });

    it('no locative word, no place: a sentence opener, a speaker, an organisation', () => {
      assert.deepEqual(places('Zlín said on Tuesday it would cut 400 jobs.'), []);
      assert.deepEqual(places('Officials from the union met Toyota managers on Tuesday.'), []);
      assert.deepEqual(places('The mayor, Victoria Reyes, said 300 homes had been lost.'), []);
      assert.deepEqual(places('Kempsey residents were told to leave.'), []);
    });

    it('a town name that is also an English word is a place only when the town is large', () => {
      assert.deepEqual(places('The factory in Reading will close in March, the company said.'), ['Reading=gz:GB:reading']);
      // Police (Poland, 34,000 people), Orange (Australia, 38,000): the words, not the towns.
      assert.deepEqual(places('Protesters clashed with officers in Police custody, the lawyer said.'), []);
      assert.deepEqual(places('Workers in Orange overalls cleared the debris.'), []);
    });

    it('a possessive, a verb of saying, a name already given to someone: not a place', () => {
      assert.deepEqual(places("The cuts were announced in Zlín's town hall on Monday."), []);
      assert.deepEqual(places('Hamilton said the union had received a letter from Hamilton.'), []);
      assert.deepEqual(places('The council received a letter from Wauchope, said a spokesman.'), ['Wauchope=gz:AU:wauchope']);
    });

    it('a longer name goes on past "del" or "of": the whole of it, or nothing', () => {
      assert.deepEqual(places('The outbreak in Zamboanga del Norte is the largest since 2019.'), []);
      assert.deepEqual(places('The outbreak in Zamboanga is the largest since 2019.'), ['Zamboanga=gz:PH:zamboanga']);
    });

    it('a town name before an area noun names no town; a list after a locative names each place', () => {
      assert.deepEqual(places('Bushfire has long been part of life in the Hastings valley.'), []);
      assert.deepEqual(places('Classes were suspended at six schools in Sindangan and Siayan, the DepEd said.'), [
        'Sindangan=gz:PH:sindangan',
        'Siayan=gz:PH:siayan',
      ]);
    });

    it('of several places with one name, the one in a country the sentence named, else a large town', () => {
      // "the Midlands" is an English word and a province of Zimbabwe: no place without Zimbabwe named.
      assert.deepEqual(places('Rain fell across the Midlands and in Manchester on Sunday.'), ['Manchester=gz:GB:manchester']);
      assert.deepEqual(places('In Pakistan, the waters rose fastest in Punjab.'), ['Pakistan=gz:PK', 'Punjab=gz:PK:r:punjab']);
    });

    it('the table is read only when a text has an unknown capitalised word after a locative word', () => {
      const gz = path.join(__dirname, '..', 'server', 'src', 'engine', 'data', 'gazetteer.ts');
      const probe = (text: string) =>
        execFileSync(
          process.execPath,
          [
            '--import',
            'tsx',
            '-e',
            `const { extractClaims } = require(${JSON.stringify(path.join(__dirname, '..', 'server', 'src', 'engine', 'extract', 'claims.ts'))});
             const { loadLexicon } = require(${JSON.stringify(path.join(__dirname, '..', 'server', 'src', 'engine', 'data', 'lexicon.ts'))});
             const g = require(${JSON.stringify(gz)});
             extractClaims(${JSON.stringify(text)}, loadLexicon());
             process.stdout.write(String(g.gazetteerLoaded()));`,
          ],
          { encoding: 'utf8' },
        );
      assert.equal(probe('Putin said on Monday that 11,000 troops were in Kursk.'), 'false');
      assert.equal(probe('The plant in Zlín will close.'), 'true');
    });
    it('a name with its article ("in A Coruña"), and a country\'s possessive after a locative ("in Spain\'s Galicia region")', () => {
      assert.deepEqual(places("The suspect was detained in A Coruña, in Spain's Galicia region."), [
        'A Coruña=gz:ES:a-coruna',
        'Spain=gz:ES',
      ]);
    });
    it('a country\'s possessive elsewhere is whose, not where ("Peru\'s infrastructure", "Nepal\'s seismological centre")', () => {
      assert.deepEqual(places("The collapse shows how fragile Peru's infrastructure has become."), []);
      assert.deepEqual(places("Nepal's National Seismological Centre said the quake struck at a depth of 10 km."), []);
      // (... the country whose centre it is: a country mention, session 23.)
      const nepal = tokenize("Nepal's National Seismological Centre said the quake struck at a depth of 10 km.");
      assert.deepEqual(
        findMentions(nepal, lex, 0)
          .filter((m) => m.kind === 'country')
          .map((m) => m.id),
        ['gz:NP'],
      );
      assert.deepEqual(places('A spokesman said the plant would reopen.'), []);
    });
  });

  describe('how a gazetteer place stands to another', () => {
    it('two towns of one country far apart are disjoint; a town and its near neighbour are not told apart', () => {
      assert.equal(relatePlace('gz:CZ:zlin', 'gz:CZ:olomouc', lex), 'disjoint');
      assert.equal(relatePlace('gz:AU:wauchope', 'gz:AU:kempsey', lex), 'disjoint');
      // Kempsey and Frederickton, 7 km apart: a town and its neighbour may be one place to a reporter.
      assert.equal(relatePlace('gz:AU:kempsey', 'gz:AU:frederickton', lex), 'unknown');
    });

    it('a town and a region of its country are not told apart; another country is disjoint', () => {
      assert.equal(relatePlace('gz:AU:wauchope', 'gz:AU:r:new-south-wales', lex), 'unknown');
      assert.equal(relatePlace('gz:AU:wauchope', 'gz:NZ:r:canterbury', lex), 'disjoint');
      assert.equal(relatePlace('gz:AU:wauchope', 'gz:AU', lex), 'broader');
      assert.equal(relatePlace('gz:AU', 'gz:AU:wauchope', lex), 'narrower');
    });

    it('one name is one place, whichever country each text chose', () => {
      assert.equal(relatePlace('gz:IN:r:punjab', 'gz:PK:r:punjab', lex), 'equal');
    });

    it('every reading of a name must be apart: Hastings in England or New Zealand against Wellington', () => {
      assert.equal(relatePlace('gz:GB:hastings', 'gz:NZ:wellington', lex), 'unknown');
      assert.equal(relatePlace('gz:CZ:zlin', 'gz:NZ:wellington', lex), 'disjoint');
    });

    it('against the lexicon’s places: the same country is no conflict, another country is', () => {
      // Sudzha lies in the Kursk region the data names: never a conflict.
      assert.equal(relatePlace('gz:RU:sudzha', 'kursk', lex), 'unknown');
      assert.equal(relatePlace('gz:RU:sudzha', 'russia', lex), 'broader');
      assert.equal(relatePlace('gz:AU:wauchope', 'kursk', lex), 'disjoint');
      // A country the lexicon does not know (the Czech Republic) cannot be told from Russia by it.
      assert.equal(relatePlace('gz:CZ:zlin', 'kursk', lex), 'unknown');
    });
  });

  describe('verdicts', () => {
    const A = `---
id: wire-2026-03-03
title: Moravian maker to cut 400 jobs
outlet: Test Wire
published: 2026-03-03
---
Moravia Tools, which is headquartered in Olomouc, will cut 400 jobs, chief executive Petr Novak said on Tuesday.
Floods in Kempsey forced 2,000 people from their homes on Monday, the State Emergency Service (SES) said.
`;
    let library: Library;
    before(() => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-gazetteer-'));
      fs.writeFileSync(path.join(dir, 'a.md'), A);
      library = loadLibrary({ folders: [dir], bundled: false });
    });
    const verdict = (text: string) => {
      const f = checkText(`${text}\n`, library).findings[0];
      return f ? `${f.verdict}${f.aspects.length ? '/' + f.aspects[0] : ''}` : 'none';
    };

    it('another town than the source gives is not supported', () => {
      assert.equal(
        verdict('Moravia Tools, which is headquartered in Zlín, will cut 400 jobs, chief executive Petr Novak said on Tuesday.'),
        'conflicting/place',
      );
      assert.equal(verdict('Floods in Wauchope forced 2,000 people from their homes on Monday, the SES said.'), 'conflicting/place');
      assert.notEqual(verdict('Floods in Wauchope forced 2,000 people from their homes on Monday.'), 'supported');
    });

    it('the source’s own town is supported; a region that may hold it is no conflict', () => {
      assert.equal(
        verdict('Moravia Tools, which is headquartered in Olomouc, will cut 400 jobs, chief executive Petr Novak said on Tuesday.'),
        'supported/count',
      );
      assert.equal(verdict('Floods in Kempsey forced 2,000 people from their homes on Monday, the SES said.'), 'supported/count');
      assert.ok(
        !verdict('Floods in New South Wales forced 2,000 people from their homes on Monday, the SES said.').startsWith('conflicting'),
      );
    });
  });
});
