/** Photos taken at the counter when a device is left: what the intake accepts. */
import { DomainError } from './errors'
import { megabytes } from '../config/limits'

export const MAX_INTAKE_PHOTOS = 8
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024
/** What phones and cameras produce; HEIC is the iPhone's own format. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif']

export type PhotoFile = { name: string; mimetype: string; size: number }

/** Every photo is an image of a sensible size, and there are not too many of them. */
export function assertIntakePhotos(photos: PhotoFile[]): void {
  if (photos.length > MAX_INTAKE_PHOTOS)
    throw new DomainError(
      'invalid_photo',
      `${photos.length} photos envoyées : ${MAX_INTAKE_PHOTOS} au plus par dépôt. Gardez celles qui montrent l'état de l'appareil.`,
      { field: 'photos' },
    )
  for (const photo of photos) {
    if (!PHOTO_TYPES.includes(photo.mimetype.toLowerCase()))
      throw new DomainError(
        'invalid_photo',
        `« ${photo.name} » n'est pas une photo (JPEG, PNG, WebP ou HEIC) : choisissez une image.`,
        { field: 'photos' },
      )
    if (photo.size > MAX_PHOTO_BYTES)
      throw new DomainError(
        'invalid_photo',
        `La photo « ${photo.name} » pèse ${megabytes(photo.size)} : ${megabytes(MAX_PHOTO_BYTES)} au plus. Reprenez-la en qualité réduite.`,
        { field: 'photos' },
      )
    if (photo.size === 0)
      throw new DomainError('invalid_photo', `La photo « ${photo.name} » est vide : reprenez-la.`, {
        field: 'photos',
      })
  }
}
