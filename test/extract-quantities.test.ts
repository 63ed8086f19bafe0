import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { quantities, only } from './quantity-helpers';

const lex = loadLexicon();

const near = (a: number, b: number, tol = 1e-6) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≉ ${b}`);

describe('quantities (extractClaims)', () => {
  describe('qualifiers: direction and interval', () => {
    it('"at least 3,000" is a lower bound', () => {
      const q = only(
        'On Wednesday, John Kirby, the spokesperson for the U.S. National Security Council, informed reporters that at least 3,000 North Korean soldiers had arrived in eastern Russia in October.',
      );
      assert.equal(q.value, 3000);
      assert.equal(q.qualifier, 'at least');
      assert.equal(q.direction, 'min');
      assert.deepEqual(q.interval, { lo: 3000, hi: Infinity });
      assert.equal(q.text, 'at least 3,000 North Korean soldiers');
    });

    it('"up to 3,000" is an upper bound', () => {
      const q = only('Kirby told reporters up to 3,000 North Korean soldiers arrived in eastern Russia this month.');
      assert.equal(q.direction, 'max');
      assert.deepEqual(q.interval, { lo: 0, hi: 3000 });
    });

    it('"pick up to 0.3%": a verb\'s particle and the figure reached, not a ceiling (ratecut source)', () => {
      const q = only('Ellery said he expected growth to pick up to 0.3% in the fourth quarter.');
      assert.equal(q.direction, 'exact');
    });

    it('"driven from their homes" counts the displaced; "evacuated" is another measure', () => {
      assert.equal(only('Nearly 85,000 residents have been driven from their homes, the PDMA said.').event, 'displaced');
      assert.equal(only('About 600 residents remain unable to return because of falling trees.').event, 'displaced');
      assert.equal(only('About 6,500 people were evacuated from low-lying areas.').event, 'evacuated');
      // ... said in other words ("moved out of", "taken to safety"); "moved" alone is no evacuation.
      assert.equal(only('Some 85,000 people were moved out of low-lying parts of Rajanpur.').event, 'evacuated');
      assert.notEqual(only('Some 2,000 soldiers moved toward the border.').event, 'evacuated');
    });

    it('"killed up to 300 people": after any other verb, "up to" is still a ceiling', () => {
      assert.equal(only('The floods killed up to 300 people in the province.').direction, 'max');
    });

    it('"roughly 12,000" is an approximation of about ten per cent either way', () => {
      const q = only('It added that the roughly 12,000 North Korean soldiers that have been deployed to Russia are receiving training.');
      assert.equal(q.value, 12000);
      assert.equal(q.direction, 'approx');
      assert.equal(q.qualifier, 'roughly');
      assert.ok(q.interval.lo < 12000 && q.interval.hi > 12000, JSON.stringify(q.interval));
      near(q.interval.lo, 10800);
      near(q.interval.hi, 13200);
    });

    it('"Over 10,000" at the start of a sentence is a lower bound', () => {
      const q = only(
        'Over 10,000 North Korean soldiers have moved from eastern Russia to combat positions in Kursk Oblast, according to US State Department officials.',
      );
      assert.equal(q.value, 10000);
      assert.equal(q.direction, 'min');
      assert.equal(q.interval.lo, 10000);
      assert.equal(q.interval.hi, Infinity);
      assert.equal(q.text, 'Over 10,000 North Korean soldiers');
    });

    it('"fewer than 10,000" is an upper bound', () => {
      const q = only('Fewer than 10,000 North Korean soldiers have moved from eastern Russia to combat positions in Kursk Oblast.');
      assert.equal(q.direction, 'max');
      assert.deepEqual(q.interval, { lo: 0, hi: 10000 });
    });

    it('a bare figure is exact; a written range is a range', () => {
      const q = only('Officials said 12,000 North Korean troops had arrived.');
      assert.equal(q.direction, 'exact');
      assert.equal(q.qualifier, undefined);
      assert.deepEqual(q.interval, { lo: 12000, hi: 12000 });
      const r = only('Kyiv said between 10,000 and 12,000 North Korean soldiers are in Russia.');
      assert.equal(r.direction, 'range');
      assert.equal(r.value, 10000);
      assert.equal(r.valueHi, 12000);
      assert.deepEqual(r.interval, { lo: 10000, hi: 12000 });
    });

    it('number words and abbreviations have the same value as digits', () => {
      assert.equal(only('Ukraine’s military intelligence said some twelve thousand North Korean soldiers are in Russia.').value, 12000);
      assert.equal(only('Officials said 12k North Korean troops had arrived.').value, 12000);
    });
  });

  describe('what is counted, and whose', () => {
    it('"approximately 12,000 North Korean soldiers" counts North Korean soldiers', () => {
      const q = quantities(
        'According to the Defense Intelligence of Ukraine’s official Telegram channel, there are approximately 12,000 North Korean soldiers deployed in Russia, including 500 military officers, with three of them being generals.',
      )[0];
      assert.equal(q.counted, 'soldiers');
      assert.equal(q.nationality, 'north-korea');
      assert.equal(q.countedText, 'North Korean soldiers');
      assert.equal(q.event, 'presence');
    });

    it('"500 military officers, with three of them being generals": officers and generals, both North Korean', () => {
      const qs = quantities(
        'According to the Defense Intelligence of Ukraine’s official Telegram channel, there are approximately 12,000 North Korean soldiers deployed in Russia, including 500 military officers, with three of them being generals.',
      );
      assert.deepEqual(
        qs.map((q) => [q.value, q.counted]),
        [
          [12000, 'soldiers'],
          [500, 'officers'],
          [3, 'generals'],
        ],
      );
      assert.equal(qs[1].countedText, 'military officers');
      assert.equal(qs[1].nationality, 'north-korea', 'the officers are among the North Korean soldiers, not Russian');
      assert.equal(qs[2].nationality, 'north-korea');
    });

    it('"Russia has about 50,000 troops" counts Russian troops', () => {
      const q = only('Ukraine and Western officials estimate Russia has about 50,000 troops stationed to defend the Kursk region.');
      assert.equal(q.value, 50000);
      assert.equal(q.direction, 'approx');
      assert.equal(q.counted, 'soldiers');
      assert.equal(q.nationality, 'russia');
    });

    it('"cooperation with Moscow, sending some 3,000 troops": the troops are the sender\'s, not Moscow\'s', () => {
      const q = only(
        'Pyongyang has stepped up its military cooperation with Moscow, sending some 3,000 troops along with artillery supplies.',
      );
      assert.equal(q.nationality, 'north-korea');
    });

    it('"approximately 2,000 Ukrainian troops" surrounded: Ukrainian troops, an encirclement figure', () => {
      const q = only(
        'During a press conference summarizing the BRICS summit, Russian President Vladimir Putin claimed that Russian forces had surrounded approximately 2,000 Ukrainian troops in Kursk and had “begun to eliminate them.”',
      );
      assert.equal(q.counted, 'soldiers');
      assert.equal(q.nationality, 'ukraine');
      assert.equal(q.event, 'encircle');
    });

    it('"troops from North Korea" takes the nationality after the noun', () => {
      const q = only('Over 10,000 troops from North Korea have moved to Kursk.');
      assert.equal(q.counted, 'soldiers');
      assert.equal(q.nationality, 'north-korea');
    });

    it('containers and artillery rounds ("two million" in words)', () => {
      const qs = quantities(
        'Except for soldiers, North Korea has supplied Moscow with at least 11,000 containers of ammunition, including approximately two million artillery rounds since 2023.',
      );
      assert.equal(qs.length, 2, JSON.stringify(qs.map((q) => q.text)));
      assert.equal(qs[0].counted, 'containers');
      assert.equal(qs[0].value, 11000);
      assert.equal(qs[0].direction, 'min');
      assert.equal(qs[1].counted, 'rounds');
      assert.equal(qs[1].value, 2000000);
      assert.equal(qs[1].direction, 'approx');
      assert.equal(qs[1].text, 'approximately two million artillery rounds');
      // Things are not people: no nationality, no event.
      assert.equal(qs[0].event, undefined);
      assert.equal(qs[1].nationality, undefined);
    });

    it('units of area: "1,376 square kilometres [roughly 531 square miles]" are one measure', () => {
      const qs = quantities(
        '"At most, we controlled about 1,376 square kilometres [roughly 531 square miles], now of course this territory is smaller."',
      );
      assert.equal(qs.length, 2);
      const [km, mi] = qs;
      assert.equal(km.unit, 'km2');
      assert.equal(km.value, 1376);
      assert.equal(km.normalized, 1376);
      assert.equal(mi.unit, 'mi2');
      assert.equal(mi.value, 531);
      assert.equal(km.counted, mi.counted, 'both measure area');
      assert.ok(Math.abs(mi.normalized - 1375) < 2, `531 sq mi ≈ 1375 km², got ${mi.normalized}`);
      assert.equal(mi.text, 'roughly 531 square miles');
    });

    it('a percentage has the percent unit', () => {
      const q = only('Ukraine has lost more than 40 percent of the territory that it seized in its surprise attack in the Kursk region.');
      assert.equal(q.unit, 'percent');
      assert.equal(q.value, 40);
      assert.equal(q.direction, 'min');
    });

    it('several counted figures in one sentence (units, brigades, people)', () => {
      const qs = quantities(
        'Kyiv had intelligence about Russia training two military units from North Korea involving perhaps two brigades of 6,000 people each.',
      );
      // People in general are a measure of their own, compared with soldiers (compare-with).
      assert.deepEqual(
        qs.map((q) => [q.value, q.counted]),
        [
          [2, 'military-units'],
          [2, 'brigades'],
          [6000, 'people'],
        ],
      );
    });

    it('each figure takes the event named nearest it: deaths, injuries and the missing are apart', () => {
      const qs = quantities('The floods killed 40 people, injured 300 people and left 17 people missing.');
      assert.deepEqual(
        qs.map((q) => [q.value, q.counted, q.event]),
        [
          [40, 'people', 'death'],
          [300, 'people', 'injury'],
          [17, 'people', 'missing'],
        ],
      );
    });

    it('the head noun of the phrase is what is counted: "five military sites"', () => {
      assert.deepEqual(
        quantities('HUR said the soldiers are training at five military sites in the east.').map((q) => q.counted),
        ['camps'],
      );
    });

    it('"annual inflation of 3.3%": a percentage takes no rate ("a year") of its own; money does', () => {
      assert.equal(only('Annual inflation fell to 3.3% in October.').kind, undefined);
      assert.equal(only('The strike was costing the economy A$60 million a day.').kind, 'per day');
    });

    it('"some 3,000 North Koreans": people of that country; "North Korean soldiers" stays soldiers', () => {
      const [q] = quantities('The United States confirmed that some 3,000 North Koreans were training at military sites in Russia.');
      assert.deepEqual([q.value, q.counted, q.nationality, q.countedText], [3000, 'people', 'north-korea', 'North Koreans']);
      const [s] = quantities('The United States confirmed that some 3,000 North Korean soldiers were training in Russia.');
      assert.equal(s.counted, 'soldiers');
    });

    it('"training at five ranges": ranges where troops train are camps too (lexicon data)', () => {
      assert.deepEqual(
        quantities('Sources say the contingent is training at five ranges in eastern Russia.').map((q) => q.counted),
        ['camps'],
      );
      assert.deepEqual(
        quantities('The agency said the troops were at five training centres in the east.').map((q) => q.counted),
        ['other:centre'],
      );
    });
  });

  describe('no figures', () => {
    it('a year is not a figure: "in February 2022", "since 2023"', () => {
      assert.deepEqual(
        quantities('Russian President Vladimir Putin launched a full-scale invasion of Kyiv in February 2022.', '2024-11-23'),
        [],
      );
      assert.deepEqual(quantities('North Korea has been supplying Moscow since 2023.', '2024-11-13'), []);
    });

    it('a duration is not a figure: "24 hours"', () => {
      assert.deepEqual(quantities('The troops must be ready to move within 24 hours.'), []);
      assert.deepEqual(quantities('The plan is to spend several weeks helping the North Korean forces adapt over the next 3 months.'), []);
    });

    it('a date is not a figure: "on 12 November", "on August 6"', () => {
      assert.deepEqual(
        quantities(
          'US State Department Spokesperson Vedant Patel said on 12 November that the North Korean troops began engaging in combat operations.',
          '2024-11-13',
        ),
        [],
      );
      assert.deepEqual(
        quantities('Ukrainian forces have maintained defensive positions in the area since the invasion began on August 6.', '2024-10-24'),
        [],
      );
    });

    it('vague amounts are no figures in a source: "thousands of tons" (in a draft, a magnitude)', () => {
      const text = 'North Korea is also facing allegations of providing thousands of tons of ammunition to Russia.';
      assert.deepEqual(extractClaims(text, lex, { article: true })[0].quantities, []);
      assert.deepEqual(
        quantities(text).map((q) => [q.value, q.valueHi, q.vague]),
        [[2000, 99999, true]],
      );
    });
  });
});

describe('extract quantities: money in any currency', () => {
  it('a currency sign the runtime knows is money of that currency: "¥60 million", "₩5 billion"', () => {
    assert.equal(only('Japan will send relief goods worth ¥60 million through JICA.').counted, 'money-jpy');
    assert.equal(only('Seoul pledged ₩5 billion in humanitarian aid.').counted, 'money-krw');
  });
  it('a currency’s own word the runtime names ("koruna", "zlotys"), not a common word ("5 marks")', () => {
    assert.equal(only('The cabinet approved a 750 million koruna aid package.').counted, 'money-czk');
    assert.equal(only('Poland pledged 20 million zlotys.').counted, 'money-pln');
    assert.ok(!only('He had been given 5 marks for the essay.').counted?.startsWith('money-'));
  });
  it('"4 million pounds" is sterling, "500 pounds of explosives" a weight', () => {
    assert.equal(only('Britain pledged 4 million pounds through its Foreign Office.').counted, 'money-gbp');
    assert.notEqual(only('The truck carried 500 pounds of explosives.').counted, 'money-gbp');
  });
});

describe('extract quantities: what happened, said by its noun', () => {
  it('"the emergency vaccination drive aims to reach 96,000 young children": a target of vaccinations', () => {
    const q = only('The emergency vaccination drive began last Thursday and aims to reach 96,000 young children.');
    assert.deepEqual([q.event, q.kind], ['vaccinated', 'target']);
  });
  it('a drive named by no event counts presence ("the convoy carried 96,000 children")', () => {
    assert.equal(only('The convoy carried 96,000 children to safety.').event, 'presence');
  });
});

describe('extract quantities: speeds and distances', () => {
  it('"118 km/h", "66 mph" are speeds (mph as km/h), not distances', () => {
    assert.deepEqual([only('The train was doing 118 km/h.').unit, only('The train was doing 118 km/h.').counted], ['kmh', 'speed']);
    assert.equal(Math.round(only('The train hit 66 mph on the bend.').normalized), 106);
  });
  it('a distance keeps its compass direction from a place; a distance without one has none', () => {
    assert.equal(quantities('The crash site is 10 km (6 miles) north of Kharkiv.')[0].bearing, 'north of kharkiv');
    assert.equal(only('The epicentre was 80 km north-west of Kharkiv.').bearing, 'northwest of kharkiv');
    assert.equal(only('The convoy drove 10 km to Kyiv.').bearing, undefined);
  });
});

describe('extract quantities: a part of a stated total', () => {
  it('"took seven of the 13 regional council seats": seven seats, a part', () => {
    const [part, total] = quantities("Quispe's Alianza Sur Democrático took seven of the 13 regional council seats.");
    assert.equal(part.value, 7);
    assert.equal(part.event, 'part');
    assert.equal(total.value, 13);
    assert.deepEqual(
      quantities("Seven of the MPC's nine members backed the cut.").map((q) => [q.value, q.event]),
      [
        [7, 'part'],
        [9, undefined],
      ],
    );
  });
  it('"300 of the passengers were injured", "23 of the injured were in a critical condition": a part of a group the text set out, said of what happened to it', () => {
    const [injured] = quantities('Police said 300 of the passengers were injured.');
    assert.deepEqual([injured.value, injured.counted, injured.kind, injured.event], [300, 'people', 'part', 'injury']);
    const [critical] = quantities('He said 23 of the injured were in a critical condition.');
    assert.deepEqual([critical.value, critical.kind, critical.event], [23, 'part', 'part:critical']);
  });
  it('"nine people were arrested ..., four of them in Cerro Colorado": a part of the arrested, said alike to "four of the people detained"', () => {
    const [, part] = quantities('Police said nine people were arrested at polling stations on Sunday, four of them in Cerro Colorado.');
    assert.deepEqual([part.value, part.counted, part.kind, part.event], [4, 'people', 'part', 'arrest']);
    const [same] = quantities('Four of the people detained at polling stations on Sunday were held in Cerro Colorado.');
    assert.deepEqual([same.value, same.counted, same.kind, same.event], [4, 'people', 'part', 'arrest']);
    // A part is compared only with parts: "3,000 of them in Kursk" is no count of those in Kursk.
    const [, inKursk] = quantities('About 12,000 North Korean soldiers are in Russia, 3,000 of them in Kursk.');
    assert.deepEqual([inKursk.value, inKursk.kind], [3000, 'part']);
  });
  it('"police had recaptured 41 of the escapees, most of them ...": what the verb before a part did to it, as "41 of the escapees had been recaptured" says', () => {
    const [before] = quantities('By Monday afternoon, police had recaptured 41 of the escapees, most of them in rice fields.');
    const [after] = quantities('Police said 41 of the escapees had been recaptured by Monday afternoon.');
    assert.deepEqual([before.value, before.kind, before.event], [41, 'part', after.event]);
    assert.notEqual(after.event, 'part');
    // No verb before ("said"), nothing after: a part said of nothing.
    assert.equal(quantities('Police said 41 of the escapees, most of them in rice fields.')[0].event, 'part');
  });
  it('a figure "of its soldiers" with no total is no part; "one of the" counts nothing', () => {
    assert.ok(!quantities('North Korea shifted approximately 3,000 of its soldiers to eastern Russia.').some((q) => q.event === 'part'));
    assert.deepEqual(quantities('One of the soldiers was captured near Kursk.'), []);
  });
});

describe('extract quantities: a verb of change with its object before "to" the figure', () => {
  it('reads the way the measure moved ("shrank the exclusion zone around the crater to 6 km")', () => {
    assert.equal(quantities('The agency shrank the exclusion zone around the crater to 6 km from 9 km.')[0].change, 'down');
    assert.equal(quantities('On Saturday the agency widened the exclusion zone to 6 km.')[0].change, 'up');
  });
  it('reads none where nothing moved ("sent the team to 6 cities")', () => {
    assert.equal(quantities('The agency sent its survey team to 6 villages.')[0]?.change, undefined);
  });
});

describe('extract quantities: a total named after its figure', () => {
  it('reads what "brings to six the number of riders" counts', () => {
    const [q] = quantities('That brings to six the number of riders facing doping charges in the case, down from seven.');
    assert.equal(q.counted, 'other:rider');
    assert.equal(q.value, 6);
  });
  it('reads nothing counted in "six of the ten" without a total', () => {
    assert.equal(quantities('The court heard six the following week.')[0]?.counted, undefined);
  });
});
