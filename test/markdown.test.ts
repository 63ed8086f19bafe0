import assert from 'node:assert/strict';
import { proseMask } from '../server/src/engine/text/markdown';

/** The mask, checked to keep length and every line break. */
function mask(text: string, bodyStart = 0): string {
  const m = proseMask(text, bodyStart);
  assert.equal(m.length, text.length, 'length changes');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') assert.equal(m[i], c, `line break lost at ${i}`);
    else assert.ok(m[i] === c || m[i] === ' ', `character changed at ${i}: ${JSON.stringify(m[i])}`);
  }
  return m;
}

/** Spaces for every character of s but line breaks. */
const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** The mask with runs of blanks collapsed, for readable assertions. */
const words = (text: string, bodyStart = 0): string => mask(text, bodyStart).replace(/\s+/g, ' ').trim();

describe('proseMask', () => {
  it('leaves plain prose untouched', () => {
    const t = 'North Korea sent 3,000 troops to Russia, officials said. A * B = C, 5 - 3.';
    assert.equal(mask(t), t);
    assert.equal(mask(''), '');
  });

  it('masks emphasis delimiters at word boundaries', () => {
    assert.equal(mask('**12,000**'), '  12,000  ');
    assert.equal(mask('about **12,000** troops'), 'about   12,000   troops');
    assert.equal(mask("*Editor's note:* The text"), " Editor's note:  The text");
    assert.equal(mask('an _important_ word'), 'an  important  word');
    assert.equal(mask('__strong__ and ***both***'), '  strong   and    both   ');
    assert.equal(mask('it was ~~10,000~~ 12,000'), 'it was   10,000   12,000');
    assert.equal(mask('**[a link](u)**'), '   a link' + blank('](u)**'));
  });

  it('leaves intraword and lone asterisks and underscores, and a single tilde', () => {
    for (const t of ['a snake_case_name here', '2 * 3 = 6', '2*3*4', 'roughly ~5,000 troops', 'file_name and foo*bar*baz']) {
      assert.equal(mask(t), t);
    }
  });

  it('masks fenced code blocks, with info strings and unclosed', () => {
    assert.equal(words('Before.\n```js\nconst x = 1;\n```\nAfter.'), 'Before. After.');
    assert.equal(words('Before.\n~~~~ python\nx = 1\n~~~\nstill code\n~~~~\nAfter.'), 'Before. After.');
    assert.equal(words('Before.\n```\nnever closed\n\nText.'), 'Before.');
    assert.equal(words('> quoted\n> ```\n> code\n> ```\n> more'), 'quoted more');
  });

  it('leaves backticks that do not open a fence', () => {
    assert.equal(words('Text `` not a fence\nmore'), 'Text `` not a fence more');
  });

  it('masks indented code after a blank line, but not indented prose', () => {
    assert.equal(words('Text here.\n\n    const x = f(1);\n    return x;\n\nAfter.'), 'Text here. After.');
    const prose = 'Text.\n\n    An indented paragraph of prose, as some drafts are written.\n';
    assert.equal(mask(prose), prose);
    const cont = 'A paragraph that goes\n    on in an indented line\n';
    assert.equal(mask(cont), cont);
    const listPara = '- item\n\n    second paragraph\n';
    assert.equal(words(listPara), 'item second paragraph');
  });

  it('masks inline code spans', () => {
    assert.equal(mask('run `npm test` now'), 'run            now');
    assert.equal(mask('a ``x ` y`` b'), 'a ' + blank('``x ` y``') + ' b');
    assert.equal(mask('an `unclosed span'), 'an `unclosed span');
    assert.equal(mask('\\`not code`'), ' `not code`');
  });

  it('masks HTML comments, also across lines and blank lines', () => {
    assert.equal(mask('A <!-- note --> B'), 'A ' + blank('<!-- note -->') + ' B');
    assert.equal(words('A <!-- note\n\nstill note\n--> B\nC'), 'A B C');
    assert.equal(mask('less <!- not a comment'), 'less <!- not a comment');
    assert.equal(mask('a <!-- never closed'), 'a <!-- never closed');
  });

  it('masks HTML tags but keeps the text between them', () => {
    assert.equal(mask('one<br>two'), 'one    two');
    assert.equal(mask('<span class="x">kept</span>'), '                kept       ');
    assert.equal(mask('<my-widget a="b>c">x'), blank('<my-widget a="b>c">') + 'x');
    const t = 'if a < b and c > d, 3 <5 and <notatag> stays';
    assert.equal(mask(t), t);
  });

  it('keeps link text at the same offsets and masks the target', () => {
    const t = 'NATO said [more than 10,000](https://www.nato.int/) troops.';
    const m = mask(t);
    const at = t.indexOf('more than 10,000');
    assert.equal(m.slice(at, at + 16), 'more than 10,000');
    assert.equal(m, 'NATO said  more than 10,000                         troops.');
    assert.equal(mask('[a](u "title (x)")'), ' a                ');
    assert.equal(mask('[a](<u v>)'), ' a        ');
    assert.equal(mask('[a](u(1)) b'), ' a        b');
  });

  it('keeps brackets that are not links', () => {
    for (const t of ['He said [sic] it.', 'a [b] (c)', 'an [unclosed link](http://x', '[a]']) assert.equal(mask(t), t);
  });

  it('masks images entirely', () => {
    assert.equal(mask('See ![a map of Kursk](map.png) here'), 'See ' + blank('![a map of Kursk](map.png)') + ' here');
    assert.equal(mask('![alt][img]'), '           ');
  });

  it('masks reference links, their definitions, and shortcut references', () => {
    const t = 'See [the report][nato] and [this][].\n\n[nato]: https://www.nato.int/ "NATO"\n[this]: /x';
    assert.equal(words(t), 'See the report and this .');
    assert.equal(mask('Read [NATO].\n\n[nato]: https://x'), 'Read  NATO .\n\n                 ');
    assert.equal(words('Text here.\n[1]: https://x.y (NATO)'), 'Text here.');
    const prose = "[Editor's note]: the figures are new.";
    assert.equal(mask(prose), prose);
  });

  it('masks autolinks', () => {
    assert.equal(mask('at <https://www.nato.int/x?a=1> now'), 'at ' + blank('<https://www.nato.int/x?a=1>') + ' now');
    assert.equal(mask('mail <press@nato.int>'), 'mail                 ');
  });

  it('masks footnote references and definitions', () => {
    const t = 'Troops arrived in Kursk.[^1] More came.[^note]\n\n[^1]: Source: NATO,\n    page 2.\nlazy line\n\n[^note]: Other.\n\nAfter.';
    const m = mask(t);
    assert.ok(m.startsWith('Troops arrived in Kursk.' + blank('[^1]') + ' More came.' + blank('[^note]') + '\n'));
    assert.equal(m.replace(/\s+/g, ' ').trim(), 'Troops arrived in Kursk. More came. After.');
    assert.equal(mask('a [^ not a note] b'), 'a [^ not a note] b');
  });

  it('masks heading markers, keeping the heading text', () => {
    assert.equal(mask('# Title'), '  Title');
    assert.equal(mask('### Title ###'), '    Title    ');
    assert.equal(mask('#hashtag and #5'), '#hashtag and #5');
    assert.equal(mask('####### seven'), '####### seven');
  });

  it('masks blockquote markers, list bullets and task boxes', () => {
    assert.equal(mask('> quoted\n> > nested'), '  quoted\n    nested');
    assert.equal(mask('- one\n* two\n+ three\n1. four\n2) five'), '  one\n  two\n  three\n   four\n   five');
    assert.equal(mask('- [ ] todo\n- [x] done'), '      todo\n      done');
    const t = 'Fighting started in\n1945. The war ended.\n-5 degrees';
    assert.equal(mask(t), t);
  });

  it('masks tables: pipes and delimiter rows', () => {
    const t = '| Unit | Troops |\n|:-----|-------:|\n| A | 3,000 |\nB | 1,000';
    assert.equal(mask(t), '  Unit   Troops  \n                 \n  A   3,000  \nB   1,000');
    const p = 'a | b is not a table';
    assert.equal(mask(p), p);
  });

  it('masks horizontal rules and setext underlines', () => {
    assert.equal(words('A.\n\n---\n\nB.\n\n* * *\n\n___\nC.'), 'A. B. C.');
    assert.equal(words('Title\n=====\nText'), 'Title Text');
    assert.equal(mask('a -- b'), 'a -- b');
  });

  it('masks backslashes of escapes but keeps the escaped character', () => {
    assert.equal(mask('\\*not emphasis\\* and 5\\_000'), ' *not emphasis * and 5 _000');
    assert.equal(mask('C:\\Users stays'), 'C:\\Users stays');
  });

  it('masks YAML front matter, detected or given by bodyStart', () => {
    const t = '---\ntitle: "A draft"\ndate: 2024-10-24\n---\nBody text.';
    assert.equal(words(t), 'Body text.');
    assert.equal(mask('---\ntitle: x\n...\nBody.').slice(-5), 'Body.');
    assert.equal(words('title: x\n\nBody.', 10), 'Body.');
    // A leading rule and prose is not front matter.
    assert.equal(words('---\nNot front matter at all\n---\nText.'), 'Not front matter at all Text.');
    assert.equal(words('---\ntitle: never closed\nBody.'), 'title: never closed Body.');
  });

  it('keeps CRLF line ends and offsets', () => {
    const t = '# Title\r\n\r\nSome **bold** text.\r\n- item\r\n```\r\ncode\r\n```\r\n';
    const m = mask(t);
    assert.equal(m, '  Title\r\n\r\nSome   bold   text.\r\n  item\r\n   \r\n    \r\n   \r\n');
  });

  it('never splits a surrogate pair', () => {
    assert.equal(mask('Troops 😀 **bold 🇺🇦** end'), 'Troops 😀   bold 🇺🇦   end');
    assert.equal(mask('`😀` x'), '     x');
    // bodyStart in the middle of the second emoji: both halves are masked.
    assert.equal(mask('😀😀 text', 3), blank('😀😀') + ' text');
    assert.equal(mask('*😀*'), ' 😀 ');
  });

  it('handles a 100,000-character line and hostile input quickly', () => {
    const inputs = [
      'North Korea sent **3,000** [troops](u) to Russia. '.repeat(2000),
      '*a '.repeat(33000),
      '`'.repeat(50000) + 'x',
      Array.from({ length: 440 }, (_, i) => 'x ' + '`'.repeat(i + 1)).join(''),
      '['.repeat(50000) + ']'.repeat(50000),
      '[a]('.repeat(25000),
      '<span "'.repeat(12000),
      '<!-- '.repeat(20000),
      '[x](y "'.repeat(14000),
      '\\'.repeat(100000),
      '[x\n'.repeat(33000),
      'a|b\n'.repeat(25000),
      '😀_'.repeat(50000),
    ];
    for (const t of inputs) {
      const t0 = Date.now();
      assert.equal(mask(t).length, t.length);
      assert.ok(Date.now() - t0 < 2000, `too slow on ${JSON.stringify(t.slice(0, 20))}`);
    }
  });

  it('a paragraph met again is masked anew when the link definitions or the line pass differ', () => {
    // The inline pass of a run is remembered by its text; what else it reads must be in the key.
    const para = 'Officials said [Kursk] had seen heavy fighting since the summer, with more troops arriving.';
    assert.ok(mask(para).startsWith('Officials said [Kursk]'), 'no definition: brackets stay');
    assert.ok(mask(`${para}\n\n[Kursk]: https://example.com\n`).startsWith('Officials said  Kursk  had'), 'a definition: a link');
    assert.ok(mask(para).startsWith('Officials said [Kursk]'), 'the definition gone: brackets again');
    // The same line, once inside an HTML comment opened a paragraph earlier: its first backtick is
    // masked by the line pass, so the code spans pair up differently.
    const line = '`a --> b` c `d` and then a long sentence about troops sent to Russia in October.';
    assert.equal(mask(line).slice(0, 16), '          c     ');
    assert.equal(mask(`<!-- x\n\n${line}`).slice(8, 8 + 16), '       b     d` ');
    assert.equal(mask(line).slice(0, 16), '          c     ');
  });
});
