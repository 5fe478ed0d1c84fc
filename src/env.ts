import { randomBytes } from 'node:crypto'
import { isIP } from 'node:net'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const databaseUrl = z
  .string()
  .refine((value) => /^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/.test(value), {
    message: 'must start with file:, postgres:// or mongodb://',
  })

const optionalUrl = z.url().optional()

const isProxyAddress = (item: string) => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(item)) return true
  const [address, bits, ...rest] = item.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return false
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128))
}

/** Where uploads are kept in S3-compatible object storage: a bucket and an optional key prefix. */
export type ObjectStorageLocation = { bucket: string; prefix: string }

/**
 * `s3://<bucket>[/<prefix>]`, or null when the value is not one. Bucket names follow S3's
 * rules (3–63 lower-case letters, digits, dots and hyphens); the prefix is kept without
 * leading or trailing slashes, and `.`, `..` or empty segments are refused.
 */
export const objectStorageLocationOf = (storageUrl: string): ObjectStorageLocation | null => {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(storageUrl)
  if (!match) return null
  const prefix = (match[2] ?? '').replace(/\/+$/, '')
  if (
    prefix &&
    !prefix
      .split('/')
      .every((segment) => /^[A-Za-z0-9._-]+$/.test(segment) && segment !== '.' && segment !== '..')
  )
    return null
  return { bucket: match[1], prefix }
}

/** Every environment variable Lupa reads, checked once at boot. */
const envSchema = z.object({
  /** The JavaScript runtime: `production` serves optimised builds and applies migrations instead of pushing the schema. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Lupa's environment: `production` requires real secrets and refuses demo data and demo logins. */
  LUPA_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: databaseUrl.default('file:./data/lupa.db'),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\//.test(value), { message: 'must start with smtp:// or smtps://' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Lupa <no-reply@lupa.localhost>'),
  DATA_DIR: z.string().default('./data'),
  /** Run the job worker inside the web process (the one-command demo); production runs `npm run worker`. */
  JOBS_IN_PROCESS: z.enum(['true', 'false']).optional(),
  /**
   * The proxies whose X-Forwarded-For Lupa believes (comma-separated addresses, CIDR
   * ranges, or loopback / linklocal / uniquelocal): the client address of a request is the
   * nearest one not in this list. Nothing else is believed.
   */
  TRUSTED_PROXIES: z
    .string()
    .refine((value) => value.split(',').every((item) => isProxyAddress(item.trim())), {
      message: 'must list addresses, CIDR ranges, loopback, linklocal or uniquelocal, separated by commas',
    })
    .default('loopback'),
  /** Log level of Payload's pino logger. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Suomi.fi e-Identification: the IdP's metadata (an https URL or a file), Lupa's entity id, PEM key and certificate (or files). */
  SUOMIFI_IDP_METADATA: z.string().optional(),
  SUOMIFI_SP_ENTITY_ID: z.string().optional(),
  SUOMIFI_SP_KEY: z.string().optional(),
  SUOMIFI_SP_CERT: z.string().optional(),
  /** A separate decryption key pair; by default the signing pair decrypts too. */
  SUOMIFI_SP_ENCRYPTION_KEY: z.string().optional(),
  SUOMIFI_SP_ENCRYPTION_CERT: z.string().optional(),
  /** Virtu (state officials), the same settings as Suomi.fi's. */
  VIRTU_IDP_METADATA: z.string().optional(),
  VIRTU_SP_ENTITY_ID: z.string().optional(),
  VIRTU_SP_KEY: z.string().optional(),
  VIRTU_SP_CERT: z.string().optional(),
  VIRTU_SP_ENCRYPTION_KEY: z.string().optional(),
  VIRTU_SP_ENCRYPTION_CERT: z.string().optional(),
  /** Encrypts personal identity codes at rest and keys their look-up hashes; derived from PAYLOAD_SECRET when unset outside production. */
  IDENTITY_ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Suomi.fi Mandates: the Web API's URL, Lupa's client id, the checksum API key and the OAuth secret. */
  MANDATES_URL: optionalUrl,
  MANDATES_CLIENT_ID: z.string().optional(),
  MANDATES_API_KEY: z.string().optional(),
  MANDATES_OAUTH_SECRET: z.string().optional(),
  /** The mandate issue codes DVV assigns to Lupa (persons acting for persons; authority officials). */
  MANDATES_ISSUE: z.string().optional(),
  MANDATES_CIVIL_SERVANT_ISSUE: z.string().optional(),
  /** The Finnish business register's open data API (PRH YTJ v3), e.g. https://avoindata.prh.fi/opendata-ytj-api/v3: prefills an organisation's details. */
  BUSINESS_REGISTER_URL: optionalUrl,
  /** A ClamAV daemon (`tcp://host:port`) that scans every upload; unset, nothing is scanned. */
  CLAMAV_URL: z
    .string()
    .regex(/^tcp:\/\/[^/:]+:\d+$/, { message: 'must be tcp://host:port' })
    .optional(),
  /** Whether owners and service producers must use a second factor (`true`/`false`; unset: in production). */
  STAFF_MFA_REQUIRED: z.string().optional(),
  /** How long the audit log keeps an entry, in days (5 years by default). */
  AUDIT_LOG_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 365),
  /** Files one user may upload in ten minutes, over every channel. */
  UPLOAD_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  /** Uploads in S3-compatible object storage (`s3://<bucket>[/<prefix>]`) instead of DATA_DIR/uploads. */
  STORAGE_URL: z
    .string()
    .refine((value) => objectStorageLocationOf(value) !== null, {
      message: 'must be s3://<bucket>[/<prefix>] with a valid bucket name',
    })
    .optional(),
  /** A self-hosted S3 (MinIO, Ceph…), addressed path-style; unset for AWS itself. */
  S3_ENDPOINT: optionalUrl,
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Unset: the AWS SDK's own credential chain (instance role, AWS_* variables). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** The bearer token Prometheus presents at `/metrics`; unset, `/metrics` answers loopback only. */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The bearer token outside monitors present when they post availability results; unset, none are taken. */
  PROBE_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** How long a delivery problem lasts before the customer is shown it (staff see it at once). */
  DELIVERY_NOTICE_AFTER_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .optional(),
})

export type Env = z.infer<typeof envSchema> & {
  PAYLOAD_SECRET: string
  PUBLIC_URL: string
  isProduction: boolean
}

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

/**
 * Outside production a random secret is generated once and kept in the data directory,
 * so sessions survive restarts without anyone committing a secret.
 */
const developmentSecret = (dataDir: string): string => {
  const file = path.join(dataDir, '.payload-secret')
  const stored = existsSync(file) ? readFileSync(file, 'utf8').trim() : ''
  if (stored.length >= 32) return stored
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** Parses and checks the environment; throws an `EnvError` naming every bad variable. */
export const parseEnv = (source: NodeJS.ProcessEnv = process.env): Env => {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    )
  }
  const env = result.data
  const isProduction = env.LUPA_ENV === 'production'
  const problems: string[] = []
  if (isProduction && env.NODE_ENV !== 'production')
    problems.push('NODE_ENV: must be production when LUPA_ENV is production')
  if (isProduction && !env.PAYLOAD_SECRET) problems.push('PAYLOAD_SECRET: required in production')
  if (isProduction && !env.PUBLIC_URL) problems.push('PUBLIC_URL: required in production')
  if (isProduction && !env.SMTP_URL) problems.push('SMTP_URL: required in production')
  if (isProduction && !env.METRICS_TOKEN) problems.push('METRICS_TOKEN: required in production')
  for (const idp of ['SUOMIFI', 'VIRTU'] as const) {
    const names = [`${idp}_IDP_METADATA`, `${idp}_SP_ENTITY_ID`, `${idp}_SP_KEY`, `${idp}_SP_CERT`] as const
    const missing = names.filter((name) => !env[name])
    if (missing.length > 0 && missing.length < names.length)
      problems.push(`${missing.join(', ')}: required when any of ${names.join(', ')} is set`)
  }
  if (isProduction && (env.SUOMIFI_IDP_METADATA || env.VIRTU_IDP_METADATA) && !env.IDENTITY_ENCRYPTION_KEY)
    problems.push('IDENTITY_ENCRYPTION_KEY: required in production when Suomi.fi or Virtu is configured')
  if (isProduction && env.MANDATES_URL && !env.MANDATES_URL.startsWith('https:'))
    problems.push('MANDATES_URL: must be https in production')
  if (isProduction && env.MANDATES_URL)
    for (const name of ['MANDATES_CLIENT_ID', 'MANDATES_API_KEY', 'MANDATES_OAUTH_SECRET'] as const)
      if (!env[name]) problems.push(`${name}: required in production when MANDATES_URL is set`)
  if (isProduction && env.BUSINESS_REGISTER_URL && !env.BUSINESS_REGISTER_URL.startsWith('https:'))
    problems.push('BUSINESS_REGISTER_URL: must be https in production')
  const s3Settings = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
  if (!env.STORAGE_URL)
    for (const name of s3Settings)
      if (env[name]) problems.push(`${name}: only used with STORAGE_URL, which is unset`)
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY))
    problems.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: give both or neither')
  if (isProduction && env.STORAGE_URL && env.S3_ENDPOINT && !env.S3_ENDPOINT.startsWith('https:'))
    problems.push('S3_ENDPOINT: must be https in production')
  if (problems.length > 0) throw new EnvError(problems)
  return {
    ...env,
    isProduction,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? developmentSecret(env.DATA_DIR),
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
  }
}

let cached: Env | undefined

/** The checked environment of this process. */
export const env = (): Env => (cached ??= parseEnv())
