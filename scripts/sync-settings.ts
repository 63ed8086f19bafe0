// Rewrites package.json's `contributes.configuration.properties` and
// `capabilities.untrustedWorkspaces.restrictedConfigurations` from the one typed settings
// definition (server/src/lsp/settings.ts). Run: npm run sync-settings (test/settings.test.ts
// fails when package.json is out of date).
import * as fs from 'fs';
import * as path from 'path';
import { contributedProperties } from '../server/src/lsp/settings';

const file = path.join(__dirname, '..', 'package.json');
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
const properties = contributedProperties();
const restricted = Object.keys(properties).filter((key) => properties[key].restricted === true);

pkg.contributes ??= {};
pkg.contributes.configuration = { ...(pkg.contributes.configuration ?? {}), title: 'Fact Check', properties };
pkg.capabilities ??= {};
pkg.capabilities.untrustedWorkspaces = {
  supported: 'limited',
  description:
    'In an untrusted workspace Fact Check checks drafts against the bundled library and source folders inside the workspace; source folders, alias files and bibliographies outside it are not used until the workspace is trusted.',
  ...(pkg.capabilities.untrustedWorkspaces ?? {}),
  restrictedConfigurations: restricted,
};

const text = JSON.stringify(pkg, null, 2) + '\n';
if (text === fs.readFileSync(file, 'utf8')) {
  console.log('package.json settings are up to date');
} else {
  fs.writeFileSync(file, text);
  console.log(`package.json: wrote ${Object.keys(properties).length} settings, ${restricted.length} restricted`);
}
