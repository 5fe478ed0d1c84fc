import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config, Plugin } from 'payload'

import type { Env } from '../../env'
import { objectStorageLocationOf } from '../../env'
import { slugs } from '../slugs'

/**
 * The plugin gives each upload its own `prefix` and `_objectKey` columns, for per-document
 * folders and uploads straight from the browser, which Lupa does not use. Stored names are
 * unique already, so every object is `<prefix>/<stored name>`; without those columns the
 * schema, and so the migrations, are the same whether files are on disk or in a bucket.
 */
const withoutPerDocumentLocation = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== slugs.attachments
    ? collection
    : {
        ...collection,
        fields: collection.fields.filter(
          (field) => !('name' in field && (field.name === 'prefix' || field.name === '_objectKey')),
        ),
      }

/** How the AWS SDK reaches the bucket of `STORAGE_URL` (also used by `npm run backup`). */
export const s3ClientConfigOf = (env: Env): S3ClientConfig => ({
  region: env.S3_REGION,
  // Self-hosted S3 is addressed as <endpoint>/<bucket>, not through a bucket subdomain.
  ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT, forcePathStyle: true } : {}),
  ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
    ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } }
    : {}),
})

/**
 * Attachments in S3-compatible object storage when `STORAGE_URL` is set, so that every web
 * process serves every file; otherwise on the local disk (`DATA_DIR/uploads`). Files are
 * served only through Payload's access-checked file route and Lupa's own routes: no
 * public ACL, no signed URLs, `disablePayloadAccessControl` off. The plugin is registered
 * (disabled) on disk too, so that the admin's import map is the same either way.
 */
export const objectStoragePlugin = (env: Env): Plugin => {
  const location = env.STORAGE_URL ? objectStorageLocationOf(env.STORAGE_URL) : null
  const storage = s3Storage({
    enabled: location !== null,
    bucket: location?.bucket ?? '',
    collections: { [slugs.attachments]: { prefix: location?.prefix || undefined } },
    config: s3ClientConfigOf(env),
  })
  return async (incoming: Config) => {
    const config = await storage(incoming)
    return { ...config, collections: config.collections?.map(withoutPerDocumentLocation) }
  }
}
