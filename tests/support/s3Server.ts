import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export type TestS3Server = {
  /** `http://127.0.0.1:<port>` */
  endpoint: string
  bucket: string
  /** The variables that point Lupa at the bucket, its objects under `prefix`. */
  envFor: (prefix: string) => Record<string, string>
  /** An object's bytes, read through the S3 API; null when there is no such object. */
  objectBytes: (key: string) => Promise<Buffer | null>
  close: () => Promise<void>
}

/** s3rver's fixed credentials. */
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/** An S3-compatible server in this process, on a free port and a temporary directory, with one empty bucket. */
export const startS3Server = async ({ bucket = 'lupa-test' } = {}): Promise<TestS3Server> => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'lupa-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3({ endpoint, forcePathStyle: true, region: 'us-east-1', credentials })
  return {
    endpoint,
    bucket,
    envFor: (prefix) => ({
      STORAGE_URL: `s3://${bucket}/${prefix}`,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    }),
    objectBytes: async (key) => {
      try {
        const object = await client.getObject({ Bucket: bucket, Key: key })
        return Buffer.from(await object.Body!.transformToByteArray())
      } catch (error) {
        if ((error as Error).name === 'NoSuchKey') return null
        throw error
      }
    },
    close: async () => {
      client.destroy()
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
