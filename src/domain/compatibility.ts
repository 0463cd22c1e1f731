/**
 * Does a part fit a device? A part lists the brands / models it is made for (« Apple iPhone 15 »,
 * or a whole brand « Samsung »); no list means universal. An entry fits when its words appear,
 * in order and whole, in the device's brand and model: « iPhone 15 » fits « Apple iPhone 15 Pro »
 * but not « Apple iPhone 12 », and « iPhone 1 » fits neither.
 */
const words = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

function contains(haystack: string[], needle: string[]): boolean {
  if (!needle.length) return false
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true
  }
  return false
}

export type DeviceIdentity = { brand?: string | null; model?: string | null }

export function fitsDevice(
  compatibleWith: readonly string[] | null | undefined,
  device: DeviceIdentity,
) {
  const entries = (compatibleWith ?? []).map((e) => e.trim()).filter(Boolean)
  if (!entries.length) return true
  const deviceWords = words(`${device.brand ?? ''} ${device.model ?? ''}`)
  return entries.some((entry) => contains(deviceWords, words(entry)))
}

/** The refusal (or the warning before it), naming the part, what it fits and the device. */
export function incompatibilityMessage(
  partName: string,
  compatibleWith: readonly string[],
  device: DeviceIdentity,
): string {
  const deviceName = `${device.brand ?? ''} ${device.model ?? ''}`.trim() || "l'appareil"
  return `La pièce « ${partName} » est prévue pour ${compatibleWith.join(', ')}, pas pour ${deviceName}. Vérifiez la pièce ; si elle convient quand même, cochez « Poser quand même ».`
}
