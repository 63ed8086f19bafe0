// The river story both of session 23's test files read (test/sizes-and-sums.test.ts,
// test/peoples-and-days.test.ts): two articles in our own words, a ship aground and a tramway.
import { writtenStory } from './story-library';

export const river = () =>
  writtenStory([
    {
      id: 'river-grounding',
      date: '2025-03-12',
      outlet: 'Southern Cone Wire',
      body: [
        'SAN PEDRO, Argentina, March 12 (SCW) - The Liberian-flagged Maren Solstice, a 261-metre vessel of 54,300 gross tonnes, struck the riverbed on Tuesday in the Vuelta de Obligado bend, some 165 kilometres north-west of Buenos Aires.',
        '',
        'The tramway that serves the resort runs 2.3 kilometres and climbs 720 metres from its valley station. Its haul rope was the original one, fitted when Italian manufacturer Cordaria Alpina built the line in 2017, the bureau said.',
      ].join('\n'),
    },
    {
      id: 'river-reopened',
      date: '2025-03-24',
      outlet: 'Meridian Press Agency',
      body: [
        'SAN PEDRO, Argentina, March 24 (MPA) - The waterway authority let the first ships through the Vuelta de Obligado bend at 2 p.m. on Thursday, allowing one-way traffic only. Two-way traffic resumed on Saturday morning after a second survey of the riverbed, the agency said.',
        '',
        'A fund of 7 million dirhams has been set up to cover compensation and the repatriation of bodies, a government spokesman said.',
      ].join('\n'),
    },
  ]);
