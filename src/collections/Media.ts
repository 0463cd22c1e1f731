import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { allow, or } from '../access/index'
import { dataDir } from '../config/env'

/** Photos of devices (intake condition, damage) and of warranty claims. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { fr: 'Photo', en: 'Photo' }, plural: { fr: 'Photos', en: 'Photos' } },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'createdAt'],
    group: { fr: 'Atelier', en: 'Workshop' },
  },
  access: {
    read: allow('devices', 'read'),
    create: or(allow('devices', 'create'), allow('devices', 'update')),
    update: allow('devices', 'update'),
    delete: allow('devices', 'delete'),
  },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ['image/*'],
    imageSizes: [{ name: 'thumbnail', width: 320, height: 320, position: 'centre' }],
    adminThumbnail: 'thumbnail',
  },
  fields: [{ name: 'alt', type: 'text', label: { fr: 'Légende', en: 'Caption' } }],
}
