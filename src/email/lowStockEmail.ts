import { renderEmail } from './render'

type LowStock = {
  name: string
  sku: string
  quantity: number
  threshold: number
  reorder: number
  location?: string | null
}

/** The alert stock managers receive when a part falls under its threshold. */
export function lowStockEmail(part: LowStock, backOffice: string) {
  return {
    subject: `Stock bas : ${part.name} (${part.sku})`,
    html: renderEmail(
      '<p>La pièce <strong>{{name}}</strong> (réf. {{sku}}) est passée sous son seuil : <strong>{{quantity}}</strong> en stock pour un seuil de {{threshold}}.</p><p>Quantité conseillée à commander : <strong>{{reorder}}</strong>. Emplacement : {{location}}.</p><p>La liste « Stock bas » du back-office permet de créer la commande fournisseur pré-remplie : <a href="{{link}}">{{link}}</a></p>',
      { ...part, location: part.location || '—', link: backOffice },
    ),
  }
}
