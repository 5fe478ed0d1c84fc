import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const databaseUrl = z
  .string()
  .refine((value) => /^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/.test(value), {
    message: 'must start with file:, postgres:// or mongodb://',
  })

const optionalUrl = z.url().optional()

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
  /** Log level of Payload's pino logger. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SUOMIFI_IDP_METADATA: z.string().optional(),
  SUOMIFI_SP_ENTITY_ID: z.string().optional(),
  SUOMIFI_SP_KEY: z.string().optional(),
  SUOMIFI_SP_CERT: z.string().optional(),
  VIRTU_IDP_METADATA: z.string().optional(),
  VIRTU_SP_ENTITY_ID: z.string().optional(),
  VIRTU_SP_KEY: z.string().optional(),
  VIRTU_SP_CERT: z.string().optional(),
  MANDATES_URL: optionalUrl,
  MANDATES_CLIENT_ID: z.string().optional(),
  MANDATES_CLIENT_SECRET: z.string().optional(),
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
