type Labels<K extends string> = Record<K, { fr: string; en: string }>

/** A select's options from a map of labels (the one list of values and their French names). */
export const options = <K extends string>(labels: Labels<K>) =>
  (Object.keys(labels) as K[]).map((value) => ({
    value,
    label: { fr: labels[value].fr, en: labels[value].en },
  }))
