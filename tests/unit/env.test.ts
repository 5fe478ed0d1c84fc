import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { EnvError, objectStorageLocationOf, parseEnv as parseProcessEnv } from '../../src/env'

type Source = Record<string, string | undefined>

/** parseEnv on an explicit source; process.env is never read or changed. */
const parseEnv = (source: Source) => parseProcessEnv(source as NodeJS.ProcessEnv)

const secret = 'x'.repeat(32)
const production = {
  NODE_ENV: 'production',
  LUPA_ENV: 'production',
  PAYLOAD_SECRET: secret,
  PUBLIC_URL: 'https://lupa.example.fi',
  SMTP_URL: 'smtp://mail.example.fi:587',
  METRICS_TOKEN: 'm'.repeat(32),
} as const

let dataDir: string

/** The problems an `EnvError` lists for the source; fails when parsing succeeds or throws anything else. */
const problemsOf = (source: Source): string[] => {
  try {
    parseEnv(source)
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError)
    return (error as EnvError).problems
  }
  throw new Error('parseEnv accepted the environment')
}

const secretFile = () => path.join(dataDir, '.payload-secret')

beforeEach(() => {
  dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lupa-env-')), 'data')
})

afterEach(() => {
  rmSync(path.dirname(dataDir), { recursive: true, force: true })
})

describe('parseEnv defaults', () => {
  it('should default to port 3000, the SQLite file in ./data and a development environment', () => {
    const env = parseEnv({ DATA_DIR: dataDir })
    expect(env.PORT).toBe(3000)
    expect(env.DATABASE_URL).toBe('file:./data/lupa.db')
    expect(env.NODE_ENV).toBe('development')
    expect(env.LUPA_ENV).toBe('development')
    expect(env.isProduction).toBe(false)
  })

  it('should derive PUBLIC_URL from the port when it is not given', () => {
    expect(parseEnv({ DATA_DIR: dataDir }).PUBLIC_URL).toBe('http://localhost:3000')
    expect(parseEnv({ DATA_DIR: dataDir, PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080')
  })

  it('should read PORT as a number', () => {
    expect(parseEnv({ DATA_DIR: dataDir, PORT: '8080' }).PORT).toBe(8080)
  })

  it('should drop a trailing slash from PUBLIC_URL', () => {
    expect(parseEnv({ DATA_DIR: dataDir, PUBLIC_URL: 'https://lupa.example.fi/' }).PUBLIC_URL).toBe(
      'https://lupa.example.fi',
    )
  })

  it('should accept PostgreSQL and MongoDB database URLs', () => {
    for (const url of ['postgres://u@h/db', 'postgresql://u@h/db', 'mongodb://h/db', 'mongodb+srv://h/db']) {
      expect(parseEnv({ DATA_DIR: dataDir, DATABASE_URL: url }).DATABASE_URL).toBe(url)
    }
  })
})

describe('parseEnv refusals', () => {
  it.each(['abc', '0', '65536', '80.5', '-1'])('should refuse PORT=%s naming PORT', (port) => {
    const problems = problemsOf({ DATA_DIR: dataDir, PORT: port })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^PORT: /)
  })

  it.each(['mysql://u@h/db', './data/lupa.db', 'http://h/db', ''])(
    'should refuse DATABASE_URL=%j naming DATABASE_URL',
    (url) => {
      const problems = problemsOf({ DATA_DIR: dataDir, DATABASE_URL: url })
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(/^DATABASE_URL: /)
    },
  )

  it('should name every bad variable at once', () => {
    const problems = problemsOf({
      DATA_DIR: dataDir,
      PORT: 'abc',
      DATABASE_URL: 'mysql://h/db',
      SMTP_URL: 'http://mail',
    })
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'DATABASE_URL',
      'PORT',
      'SMTP_URL',
    ])
  })

  it('should give an EnvError whose message names the variable', () => {
    expect(() => parseEnv({ DATA_DIR: dataDir, PORT: 'abc' })).toThrow(EnvError)
    expect(() => parseEnv({ DATA_DIR: dataDir, PORT: 'abc' })).toThrow(/PORT/)
  })

  it('should refuse a PAYLOAD_SECRET shorter than 32 characters', () => {
    const problems = problemsOf({ DATA_DIR: dataDir, PAYLOAD_SECRET: 'too-short' })
    expect(problems).toEqual(['PAYLOAD_SECRET: must be at least 32 characters'])
  })

  it('should refuse a PUBLIC_URL that is not a URL', () => {
    expect(problemsOf({ DATA_DIR: dataDir, PUBLIC_URL: 'lupa.example.fi' })[0]).toMatch(/^PUBLIC_URL: /)
  })
})

describe('parseEnv in production', () => {
  it('should accept a complete production environment', () => {
    const env = parseEnv({ ...production, DATA_DIR: dataDir })
    expect(env.isProduction).toBe(true)
    expect(env.PAYLOAD_SECRET).toBe(secret)
    expect(env.PUBLIC_URL).toBe('https://lupa.example.fi')
  })

  it('should list each missing secret: PAYLOAD_SECRET, PUBLIC_URL, SMTP_URL and METRICS_TOKEN', () => {
    const problems = problemsOf({ NODE_ENV: 'production', LUPA_ENV: 'production', DATA_DIR: dataDir })
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PAYLOAD_SECRET: /),
        expect.stringMatching(/^PUBLIC_URL: /),
        expect.stringMatching(/^SMTP_URL: /),
        expect.stringMatching(/^METRICS_TOKEN: /),
      ]),
    )
    expect(problems).toHaveLength(4)
  })

  it.each(['PAYLOAD_SECRET', 'PUBLIC_URL', 'SMTP_URL', 'METRICS_TOKEN'] as const)(
    'should name %s alone when only it is missing',
    (name) => {
      const { [name]: _missing, ...rest } = production
      expect(problemsOf({ ...rest, DATA_DIR: dataDir })).toEqual([`${name}: required in production`])
    },
  )

  it('should refuse a METRICS_TOKEN shorter than 32 characters, in production or not', () => {
    expect(problemsOf({ ...production, METRICS_TOKEN: 'short', DATA_DIR: dataDir })).toEqual([
      'METRICS_TOKEN: must be at least 32 characters',
    ])
    expect(problemsOf({ METRICS_TOKEN: 'short', DATA_DIR: dataDir })).toEqual([
      'METRICS_TOKEN: must be at least 32 characters',
    ])
  })

  it('should leave METRICS_TOKEN optional outside production', () => {
    expect(parseEnv({ DATA_DIR: dataDir }).METRICS_TOKEN).toBeUndefined()
    expect(parseEnv({ DATA_DIR: dataDir, METRICS_TOKEN: 't'.repeat(40) }).METRICS_TOKEN).toBe('t'.repeat(40))
  })

  it('should take an optional PROBE_TOKEN of at least 32 characters, in production too', () => {
    expect(parseEnv({ DATA_DIR: dataDir }).PROBE_TOKEN).toBeUndefined()
    expect(parseEnv({ DATA_DIR: dataDir, PROBE_TOKEN: 'p'.repeat(32) }).PROBE_TOKEN).toBe('p'.repeat(32))
    expect(parseEnv({ ...production, DATA_DIR: dataDir }).PROBE_TOKEN).toBeUndefined()
    expect(problemsOf({ ...production, PROBE_TOKEN: 'short', DATA_DIR: dataDir })).toEqual([
      'PROBE_TOKEN: must be at least 32 characters',
    ])
  })

  it('should not generate a secret file when production lacks PAYLOAD_SECRET', () => {
    problemsOf({ NODE_ENV: 'production', LUPA_ENV: 'production', DATA_DIR: dataDir })
    expect(existsSync(secretFile())).toBe(false)
  })

  it('should refuse LUPA_ENV=production with NODE_ENV=development', () => {
    expect(problemsOf({ ...production, NODE_ENV: 'development', DATA_DIR: dataDir })).toEqual([
      'NODE_ENV: must be production when LUPA_ENV is production',
    ])
  })

  it('should refuse LUPA_ENV=production when NODE_ENV is not set', () => {
    const { NODE_ENV: _unset, ...rest } = production
    expect(problemsOf({ ...rest, DATA_DIR: dataDir })).toEqual([
      'NODE_ENV: must be production when LUPA_ENV is production',
    ])
  })

  it('should refuse an SMTP_URL that is not smtp:// or smtps://', () => {
    expect(problemsOf({ ...production, SMTP_URL: 'https://mail.example.fi', DATA_DIR: dataDir })[0]).toMatch(
      /^SMTP_URL: /,
    )
  })
})

describe('object storage settings', () => {
  const bucket = {
    STORAGE_URL: 's3://lupa-files/prod/uploads',
    S3_ENDPOINT: 'http://127.0.0.1:9000',
    S3_ACCESS_KEY_ID: 'access',
    S3_SECRET_ACCESS_KEY: 'very-secret-value',
  }

  it('should keep uploads on the disk when STORAGE_URL is unset, in region us-east-1 by default', () => {
    const env = parseEnv({ DATA_DIR: dataDir })
    expect(env.STORAGE_URL).toBeUndefined()
    expect(env.S3_REGION).toBe('us-east-1')
  })

  it('should accept a bucket with a prefix, an endpoint and a key pair', () => {
    expect(parseEnv({ ...bucket, S3_REGION: 'eu-north-1', DATA_DIR: dataDir })).toMatchObject({
      ...bucket,
      S3_REGION: 'eu-north-1',
    })
  })

  it('should read the bucket and the prefix, without surrounding slashes', () => {
    expect(objectStorageLocationOf('s3://lupa-files')).toEqual({ bucket: 'lupa-files', prefix: '' })
    expect(objectStorageLocationOf('s3://lupa-files/')).toEqual({ bucket: 'lupa-files', prefix: '' })
    expect(objectStorageLocationOf('s3://lupa.files/a/b/')).toEqual({ bucket: 'lupa.files', prefix: 'a/b' })
  })

  it.each([
    'lupa-files',
    'https://lupa-files.s3.amazonaws.com',
    's3://ab',
    's3://Lupa-Files',
    's3://lupa_files',
    `s3://${'a'.repeat(64)}`,
    's3://lupa-files//x',
    's3://lupa-files/a/../b',
    's3://lupa-files/a b',
  ])('should refuse STORAGE_URL=%s naming STORAGE_URL', (url) => {
    expect(problemsOf({ DATA_DIR: dataDir, STORAGE_URL: url })).toEqual([
      'STORAGE_URL: must be s3://<bucket>[/<prefix>] with a valid bucket name',
    ])
  })

  it('should refuse S3 settings without STORAGE_URL, which would leave files on the disk', () => {
    const { STORAGE_URL: _unset, ...rest } = bucket
    expect(problemsOf({ ...rest, DATA_DIR: dataDir })).toEqual([
      'S3_ENDPOINT: only used with STORAGE_URL, which is unset',
      'S3_ACCESS_KEY_ID: only used with STORAGE_URL, which is unset',
      'S3_SECRET_ACCESS_KEY: only used with STORAGE_URL, which is unset',
    ])
  })

  it('should refuse a key id without its secret and the other way round', () => {
    for (const name of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      const { [name]: _missing, ...rest } = bucket
      expect(problemsOf({ ...rest, DATA_DIR: dataDir })).toEqual([
        'S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: give both or neither',
      ])
    }
  })

  it('should refuse an endpoint that is not a URL', () => {
    expect(problemsOf({ ...bucket, S3_ENDPOINT: '127.0.0.1:9000', DATA_DIR: dataDir })[0]).toMatch(
      /^S3_ENDPOINT: /,
    )
  })

  it('should require an https endpoint in production', () => {
    expect(problemsOf({ ...production, ...bucket, DATA_DIR: dataDir })).toEqual([
      'S3_ENDPOINT: must be https in production',
    ])
    expect(
      parseEnv({ ...production, ...bucket, S3_ENDPOINT: 'https://s3.example.fi', DATA_DIR: dataDir })
        .S3_ENDPOINT,
    ).toBe('https://s3.example.fi')
  })

  it('should never put the secret key in a problem', () => {
    const problems = problemsOf({
      ...bucket,
      S3_ACCESS_KEY_ID: undefined,
      STORAGE_URL: 'bogus',
      DATA_DIR: dataDir,
    })
    expect(problems.join('\n')).not.toContain(bucket.S3_SECRET_ACCESS_KEY)
  })
})

describe('trusted proxies', () => {
  it('should trust only loopback by default', () => {
    expect(parseEnv({ DATA_DIR: dataDir }).TRUSTED_PROXIES).toBe('loopback')
  })

  it('should accept addresses, CIDR ranges and the named ranges, separated by commas', () => {
    const value = 'loopback, 10.0.0.0/8, 192.0.2.10, fd00::/8, uniquelocal'
    expect(parseEnv({ DATA_DIR: dataDir, TRUSTED_PROXIES: value }).TRUSTED_PROXIES).toBe(value)
  })

  it.each(['*', 'proxy.example.fi', '10.0.0.0/33', '10.0.0.1/8/2', ''])('should refuse "%s"', (value) => {
    expect(problemsOf({ DATA_DIR: dataDir, TRUSTED_PROXIES: value })).toEqual([
      expect.stringMatching(/^TRUSTED_PROXIES:/),
    ])
  })
})

describe('the development secret', () => {
  it('should generate a secret into DATA_DIR/.payload-secret when none is given', () => {
    const env = parseEnv({ DATA_DIR: dataDir })
    expect(env.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(secretFile(), 'utf8')).toBe(env.PAYLOAD_SECRET)
  })

  it('should keep the secret file readable by its owner only', () => {
    parseEnv({ DATA_DIR: dataDir })
    expect(statSync(secretFile()).mode & 0o777).toBe(0o600)
  })

  it('should return the same secret the second time', () => {
    const first = parseEnv({ DATA_DIR: dataDir }).PAYLOAD_SECRET
    const second = parseEnv({ DATA_DIR: dataDir }).PAYLOAD_SECRET
    expect(second).toBe(first)
  })

  it('should generate different secrets for different data directories', () => {
    const other = `${dataDir}-other`
    try {
      expect(parseEnv({ DATA_DIR: other }).PAYLOAD_SECRET).not.toBe(
        parseEnv({ DATA_DIR: dataDir }).PAYLOAD_SECRET,
      )
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('should read a kept secret without its trailing newline', () => {
    parseEnv({ DATA_DIR: dataDir })
    const kept = 'a'.repeat(64)
    writeFileSync(secretFile(), `${kept}\n`)
    expect(parseEnv({ DATA_DIR: dataDir }).PAYLOAD_SECRET).toBe(kept)
  })

  it('should use a given PAYLOAD_SECRET and write no file', () => {
    expect(parseEnv({ DATA_DIR: dataDir, PAYLOAD_SECRET: secret }).PAYLOAD_SECRET).toBe(secret)
    expect(existsSync(secretFile())).toBe(false)
  })

  it('should not change process.env', () => {
    const before = { ...process.env }
    parseEnv({ DATA_DIR: dataDir, PORT: '8080' })
    expect(process.env).toEqual(before)
  })
})
