import { describe, expect, it } from 'vitest'

import {
  MAX_INTAKE_PHOTOS,
  MAX_PHOTO_BYTES,
  assertIntakePhotos,
} from '../../src/domain/intakePhotos'
import { httpStatusOf } from '../../src/http/domainStatus'
import { caught } from '../helpers/domain'

const photo = (over: Partial<{ name: string; mimetype: string; size: number }> = {}) => ({
  name: 'face.jpg',
  mimetype: 'image/jpeg',
  size: 200_000,
  ...over,
})

describe('assertIntakePhotos', () => {
  it('accepts no photo, and up to the maximum of phone pictures (HEIC included)', () => {
    expect(() => assertIntakePhotos([])).not.toThrow()
    const many = Array.from({ length: MAX_INTAKE_PHOTOS }, (_, i) =>
      photo({ name: `p${i}.heic`, mimetype: i % 2 ? 'image/HEIC' : 'image/png' }),
    )
    expect(() => assertIntakePhotos(many)).not.toThrow()
  })
  it('refuses one photo too many, saying the maximum, 400 on « photos »', () => {
    const error = caught(() =>
      assertIntakePhotos(Array.from({ length: MAX_INTAKE_PHOTOS + 1 }, () => photo())),
    )
    expect(error.message).toContain(`${MAX_INTAKE_PHOTOS} au plus`)
    expect(error.field).toBe('photos')
    expect(httpStatusOf(error.code)).toBe(400)
  })
  it('refuses a file that is not an image, by its name', () => {
    expect(
      caught(() => assertIntakePhotos([photo({ name: 'devis.pdf', mimetype: 'application/pdf' })]))
        .message,
    ).toMatch(/« devis\.pdf » n'est pas une photo/)
  })
  it('refuses an SVG (an image that can carry a script)', () => {
    expect(() => assertIntakePhotos([photo({ mimetype: 'image/svg+xml' })])).toThrow(
      /n'est pas une photo/,
    )
  })
  it('refuses a photo over the size limit, in Mo', () => {
    expect(
      caught(() => assertIntakePhotos([photo({ size: MAX_PHOTO_BYTES + 1 })])).message,
    ).toMatch(/pèse 8,0 Mo : 8 Mo au plus/)
  })
  it('accepts a photo exactly at the size limit', () => {
    expect(() => assertIntakePhotos([photo({ size: MAX_PHOTO_BYTES })])).not.toThrow()
  })
  it('refuses an empty file', () => {
    expect(caught(() => assertIntakePhotos([photo({ size: 0 })])).message).toMatch(/est vide/)
  })
})
