// The national identification services, stood in for locally, for trying Lupa's sign-in:
//   terminal 1: npm run demo:identity
//   terminal 2: env $(cat data/demo-identity/env) npm start
// It runs a test Suomi.fi IdP, a test Virtu IdP (both real SAML: signed and encrypted
// responses, single logout) with a page to pick a demo person, a stand-in for the Suomi.fi
// Mandates Web API, and one for the Finnish business register's open data API (an
// organisation's details prefilled in an application). Keys are made at the first run into
// data/demo-identity/ (never committed); the environment Lupa needs is written to
// data/demo-identity/env. See the README ("Signing in") and docs/identity.md.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { mandatesFixtures, signatory, suomifiPeople, virtuPeople } from '../tests/support/demoIdentities'
import { startFakeBusinessRegister } from '../tests/support/fakeBusinessRegister'
import { startFakeMandatesService } from '../tests/support/fakeMandatesService'
import type { KeyPair } from '../tests/support/samlIdp'
import { keyPairOf, startTestIdpServer } from '../tests/support/samlIdp'

const lupaUrl = (process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '')
const ports = {
  suomifi: Number(process.env.DEMO_SUOMIFI_PORT ?? 4101),
  virtu: Number(process.env.DEMO_VIRTU_PORT ?? 4102),
  mandates: Number(process.env.DEMO_MANDATES_PORT ?? 4103),
  businessRegister: Number(process.env.DEMO_BUSINESS_REGISTER_PORT ?? 4104),
}
const dir = path.resolve(process.env.DATA_DIR ?? './data', 'demo-identity')
mkdirSync(dir, { recursive: true, mode: 0o700 })

const log = (line: string) => process.stdout.write(`${line}\n`)

/** A key pair kept in the demo directory: made once, then the same at every run. */
const keyPairFile = async (name: string): Promise<KeyPair & { keyFile: string; certFile: string }> => {
  const keyFile = path.join(dir, `${name}.key`)
  const certFile = path.join(dir, `${name}.crt`)
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    const pair = await keyPairOf(`Lupa demo ${name}`)
    writeFileSync(keyFile, pair.key, { mode: 0o600 })
    writeFileSync(certFile, pair.cert)
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), keyFile, certFile }
}

/** Secrets kept in the demo directory, made once. */
const secretsFile = path.join(dir, 'secrets.json')
const secrets = existsSync(secretsFile)
  ? (JSON.parse(readFileSync(secretsFile, 'utf8')) as Record<string, string>)
  : {
      identityEncryptionKey: randomBytes(32).toString('hex'),
      mandatesApiKey: randomBytes(24).toString('hex'),
      mandatesOauthSecret: randomBytes(24).toString('hex'),
    }
writeFileSync(secretsFile, JSON.stringify(secrets, null, 2), { mode: 0o600 })

const keys = {
  suomifiIdp: await keyPairFile('suomifi-idp'),
  virtuIdp: await keyPairFile('virtu-idp'),
  suomifiSp: await keyPairFile('suomifi-sp'),
  suomifiSpEncryption: await keyPairFile('suomifi-sp-encryption'),
  virtuSp: await keyPairFile('virtu-sp'),
}

const suomifi = await startTestIdpServer({
  name: 'suomifi',
  title: 'Suomi.fi e-Identification (test IdP)',
  people: suomifiPeople,
  spMetadataUrl: `${lupaUrl}/auth/suomifi/metadata`,
  publicHost: 'localhost',
  port: ports.suomifi,
  signing: keys.suomifiIdp,
})
const virtu = await startTestIdpServer({
  name: 'virtu',
  title: 'Virtu (test IdP)',
  people: virtuPeople,
  spMetadataUrl: `${lupaUrl}/auth/virtu/metadata`,
  publicHost: 'localhost',
  port: ports.virtu,
  signing: keys.virtuIdp,
})
const mandates = await startFakeMandatesService({
  clientId: 'lupa-demo',
  apiKey: secrets.mandatesApiKey,
  oauthSecret: secrets.mandatesOauthSecret,
  port: ports.mandates,
})
for (const [code, person] of mandatesFixtures) mandates.persons.set(code, person)
const businessRegister = await startFakeBusinessRegister({ port: ports.businessRegister })

const metadataFiles = {
  suomifi: path.join(dir, 'suomifi-idp-metadata.xml'),
  virtu: path.join(dir, 'virtu-idp-metadata.xml'),
}
writeFileSync(metadataFiles.suomifi, suomifi.idp.metadataXml)
writeFileSync(metadataFiles.virtu, virtu.idp.metadataXml)

// Paths only (no spaces, no quotes), so that `env $(cat …/env)` passes every value whole.
const lupaEnv = {
  PUBLIC_URL: lupaUrl,
  SUOMIFI_IDP_METADATA: metadataFiles.suomifi,
  SUOMIFI_SP_ENTITY_ID: `${lupaUrl}/auth/suomifi/metadata`,
  SUOMIFI_SP_KEY: keys.suomifiSp.keyFile,
  SUOMIFI_SP_CERT: keys.suomifiSp.certFile,
  SUOMIFI_SP_ENCRYPTION_KEY: keys.suomifiSpEncryption.keyFile,
  SUOMIFI_SP_ENCRYPTION_CERT: keys.suomifiSpEncryption.certFile,
  VIRTU_IDP_METADATA: metadataFiles.virtu,
  VIRTU_SP_ENTITY_ID: `${lupaUrl}/auth/virtu/metadata`,
  VIRTU_SP_KEY: keys.virtuSp.keyFile,
  VIRTU_SP_CERT: keys.virtuSp.certFile,
  IDENTITY_ENCRYPTION_KEY: secrets.identityEncryptionKey,
  MANDATES_URL: mandates.url,
  MANDATES_CLIENT_ID: mandates.clientId,
  MANDATES_API_KEY: secrets.mandatesApiKey,
  MANDATES_OAUTH_SECRET: secrets.mandatesOauthSecret,
  BUSINESS_REGISTER_URL: businessRegister.url,
}
if (Object.values(lupaEnv).some((value) => /\s/.test(value)))
  throw new Error(`The data directory ${dir} has a space in its path; choose another DATA_DIR.`)
const envFile = path.join(dir, 'env')
writeFileSync(
  envFile,
  `${Object.entries(lupaEnv)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n')}\n`,
  { mode: 0o600 },
)

log(`Test Suomi.fi IdP   ${suomifi.url}/  (its sessions, with IdP-initiated logout)`)
log(`Test Virtu IdP      ${virtu.url}/`)
log(`Suomi.fi Mandates   ${mandates.url} (stand-in; the authorisation page answers at once)`)
log(`Business register   ${businessRegister.url} (stand-in of PRH's open data API; knows Puistosoitto ry)`)
log(`Demo people: ${[...suomifiPeople, ...virtuPeople].map((person) => person.label).join('; ')}`)
log(`${signatory.login.attributes['urn:oid:2.5.4.42']} may act for Puistosoitto ry through /acting-for.`)
log(
  `\nLupa's environment is in ${envFile}. In another terminal:\n  env $(cat ${envFile.startsWith(`${process.cwd()}${path.sep}`) ? path.relative(process.cwd(), envFile) : envFile}) npm start`,
)
log(`Then open ${lupaUrl}/login. Ctrl-C stops these services.`)

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void Promise.all([suomifi.close(), virtu.close(), mandates.close(), businessRegister.close()]).then(() =>
      process.exit(0),
    )
  })
