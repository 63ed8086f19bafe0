// The extension's side of the shared library's password (client/src/database-password.ts), without
// VS Code: "Set Database Password" keeps it in the secret storage under the database's URL (never in
// settings), forgets it on an empty answer, answers the server's factcheck/databasePassword for
// that database only, and says when a kept password changed.
import { strict as assert } from 'node:assert';
import { DatabasePasswords, databaseOf, passwordKey, SECRET_PREFIX, type PasswordUi, type Secrets } from '../client/src/database-password';

/** An in-memory secret storage with VS Code's change events. */
function fakeSecrets(): Secrets & { map: Map<string, string>; changes: string[] } {
  const map = new Map<string, string>();
  const listeners: ((e: { key: string }) => void)[] = [];
  const changes: string[] = [];
  const fire = (key: string) => {
    changes.push(key);
    for (const l of listeners) l({ key });
  };
  return {
    map,
    changes,
    get: (key: string) => Promise.resolve(map.get(key)),
    store: (key: string, value: string) => {
      map.set(key, value);
      fire(key);
      return Promise.resolve();
    },
    delete: (key: string) => {
      map.delete(key);
      fire(key);
      return Promise.resolve();
    },
    onDidChange: (listener: (e: { key: string }) => void) => {
      listeners.push(listener);
      return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
    },
  };
}

function fakeUi(url: string, answer: string | undefined): PasswordUi & { said: string[]; prompts: string[] } {
  const said: string[] = [];
  const prompts: string[] = [];
  return {
    said,
    prompts,
    databaseUrl: () => url,
    askPassword: (prompt, placeHolder) => {
      prompts.push(`${prompt} | ${placeHolder}`);
      return Promise.resolve(answer);
    },
    info: (m) => said.push(m),
    noUrl: (m) => said.push(m),
  };
}

const URL_ = 'postgres://reporter@db.newsroom.example:5432/library';

describe('the database password in the editor (client)', () => {
  it('keys a password by the database: user, host, port and database, never a password or query', () => {
    assert.equal(databaseOf(URL_), URL_);
    assert.equal(databaseOf('postgresql://reporter:secret@db.newsroom.example:5432/library?sslmode=require'), URL_);
    assert.equal(passwordKey(URL_), SECRET_PREFIX + URL_);
    assert.notEqual(passwordKey('postgres://reporter@elsewhere.example:5432/library'), passwordKey(URL_));
    assert.equal(databaseOf('https://example.com/x'), undefined);
    assert.equal(databaseOf('postgres://host'), undefined);
    assert.equal(databaseOf('not a url'), undefined);
  });

  it('keeps the password typed, in the secret storage, and the server gets it for that database only', async () => {
    const secrets = fakeSecrets();
    const passwords = new DatabasePasswords(secrets);
    let heard = 0;
    passwords.onDidChange(() => heard++);
    const ui = fakeUi(URL_, 's3cret');
    assert.equal(await passwords.set(ui), 'stored');
    assert.deepEqual([...secrets.map], [[SECRET_PREFIX + URL_, 's3cret']]);
    assert.equal(heard, 1, 'the change is heard (the extension tells the server)');
    assert.ok(!ui.said.join('\n').includes('s3cret'), 'never shown');
    assert.match(ui.prompts[0], /db\.newsroom\.example:5432\/library/);

    assert.deepEqual(await passwords.forServer({ url: URL_ }), { password: 's3cret' });
    // The URL as the server has it: same database, query and all.
    assert.deepEqual(await passwords.forServer({ url: URL_ + '?application_name=x' }), { password: 's3cret' });
    // Another server, another user, another database, or nonsense: nothing.
    assert.deepEqual(await passwords.forServer({ url: 'postgres://reporter@evil.example:5432/library' }), {});
    assert.deepEqual(await passwords.forServer({ url: 'postgres://admin@db.newsroom.example:5432/library' }), {});
    assert.deepEqual(await passwords.forServer({ url: 'postgres://reporter@db.newsroom.example:5432/other' }), {});
    assert.deepEqual(await passwords.forServer({}), {});
    assert.deepEqual(await passwords.forServer(null), {});
  });

  it('forgets it on an empty answer, leaves it on a dismissed box, and asks for a database URL first', async () => {
    const secrets = fakeSecrets();
    const passwords = new DatabasePasswords(secrets);
    await passwords.set(fakeUi(URL_, 'one'));
    assert.equal(await passwords.set(fakeUi(URL_, undefined)), 'cancelled');
    assert.equal(secrets.map.size, 1);
    const ui = fakeUi(URL_, '');
    assert.equal(await passwords.set(ui), 'forgotten');
    assert.equal(secrets.map.size, 0);
    assert.match(ui.said[0], /forgotten.*environment variable/);
    assert.deepEqual(await passwords.forServer({ url: URL_ }), {});

    const none = fakeUi('', 'x');
    assert.equal(await passwords.set(none), 'no database');
    assert.equal(none.prompts.length, 0, 'no password box without a database');
    assert.match(none.said[0], /set factcheck\.database\.url/);
    const bad = fakeUi('mysql://u:pw@h/db', 'x');
    assert.equal(await passwords.set(bad), 'no database');
    assert.ok(!bad.said[0].includes(':pw@'), 'a password in a bad URL is not shown');
    assert.equal(secrets.map.size, 0);
  });

  it('hears only its own keys change', async () => {
    const secrets = fakeSecrets();
    const passwords = new DatabasePasswords(secrets);
    let heard = 0;
    const sub = passwords.onDidChange(() => heard++);
    await secrets.store('other.extension.key', 'x');
    assert.equal(heard, 0);
    await secrets.store(SECRET_PREFIX + URL_, 'y');
    assert.equal(heard, 1);
    sub.dispose();
    await secrets.delete(SECRET_PREFIX + URL_);
    assert.equal(heard, 1);
  });
});
