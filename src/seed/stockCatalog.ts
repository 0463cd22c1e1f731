/** The demo shop's suppliers and stock: what a Lyon repair shop keeps in its drawers. */
import type { PartNeed } from './catalog'

export type SupplierKey = 'mobile' | 'informatique' | 'console'

export type SupplierSeed = { key: SupplierKey; name: string; contact: string; email: string; phone: string; leadTimeDays: number }

/** Invented wholesalers (names, people and numbers are not real). */
export const SUPPLIERS: SupplierSeed[] = [
  {
    key: 'mobile',
    name: 'Mobipièces Rhône-Alpes',
    contact: 'Karine Vidal',
    email: 'commandes.mobipieces@exemple.fr',
    phone: '04 78 52 31 90',
    leadTimeDays: 2,
  },
  {
    key: 'informatique',
    name: 'Infocompo Distribution',
    contact: 'Julien Perret',
    email: 'pro.infocompo@exemple.fr',
    phone: '04 72 90 14 63',
    leadTimeDays: 3,
  },
  {
    key: 'console',
    name: 'Ludopièces Services',
    contact: 'Nadia Cherif',
    email: 'atelier.ludopieces@exemple.fr',
    phone: '05 56 41 27 08',
    leadTimeDays: 5,
  },
]

export type PartSeed = {
  sku: string
  name: string
  kind: 'piece' | 'consommable'
  category: string
  supplier: SupplierKey
  /** The repairs' need this part answers; none for shelf consumables. */
  need?: PartNeed
  /** `Brand Model` as the seeded devices spell them; none: fits any device. */
  models?: string[]
  /** Cents, purchase excl. VAT and sale incl. VAT. */
  cost: number
  price: number
  warrantyMonths: number
  threshold: number
  reorder: number
  location: string
  /**
   * On hand today; the opening inventory is worked out from the year's movements. At or under
   * the threshold: one of the few parts the « Stock bas » list shows; the others end above it.
   */
  stock: number
  /** How many one repair takes. */
  perRepair?: number
}

const piece = (p: Omit<PartSeed, 'kind'>): PartSeed => ({ kind: 'piece', ...p })
const consumable = (p: Omit<PartSeed, 'kind' | 'warrantyMonths'>): PartSeed => ({ kind: 'consommable', warrantyMonths: 0, ...p })

export const PARTS: PartSeed[] = [
  // Smartphones and tablets
  piece({ sku: 'ECR-PX7', name: 'Écran OLED complet Google Pixel 7', category: 'Écrans', supplier: 'mobile', need: 'ecran', models: ['Google Pixel 7'], cost: 8900, price: 16900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Tiroir A1', stock: 2 }),
  piece({ sku: 'ECR-IP11', name: 'Écran LCD iPhone 11 (qualité premium)', category: 'Écrans', supplier: 'mobile', need: 'ecran', models: ['Apple iPhone 11'], cost: 3900, price: 9900, warrantyMonths: 3, threshold: 1, reorder: 3, location: 'Tiroir A1', stock: 3 }),
  piece({ sku: 'BAT-IP11', name: 'Batterie iPhone 11 (3110 mAh)', category: 'Batteries', supplier: 'mobile', need: 'batterie', models: ['Apple iPhone 11'], cost: 1600, price: 5900, warrantyMonths: 6, threshold: 2, reorder: 5, location: 'Tiroir A2', stock: 4 }),
  piece({ sku: 'BAT-GA54', name: 'Batterie Samsung Galaxy A54 5G (EB-BA546ABY)', category: 'Batteries', supplier: 'mobile', need: 'batterie', models: ['Samsung Galaxy A54 5G'], cost: 1900, price: 6900, warrantyMonths: 6, threshold: 1, reorder: 3, location: 'Tiroir A2', stock: 2 }),
  piece({ sku: 'BAT-IPP11', name: 'Batterie iPad Pro 11" (7538 mAh)', category: 'Batteries', supplier: 'mobile', need: 'batterie', models: ['Apple iPad Pro 11"'], cost: 3200, price: 9900, warrantyMonths: 6, threshold: 1, reorder: 2, location: 'Tiroir A2', stock: 2 }),
  piece({ sku: 'CON-IP11', name: 'Nappe connecteur Lightning + micro iPhone 11', category: 'Connecteurs de charge', supplier: 'mobile', need: 'connecteur', models: ['Apple iPhone 11'], cost: 1100, price: 4900, warrantyMonths: 3, threshold: 1, reorder: 3, location: 'Tiroir A3', stock: 3 }),
  piece({ sku: 'CON-PX78', name: 'Connecteur de charge USB-C Google Pixel 7 / 8', category: 'Connecteurs de charge', supplier: 'mobile', need: 'connecteur', models: ['Google Pixel 7', 'Google Pixel 8'], cost: 1300, price: 4900, warrantyMonths: 3, threshold: 1, reorder: 3, location: 'Tiroir A3', stock: 3 }),
  piece({ sku: 'CON-GS2X', name: 'Nappe connecteur de charge + micro Galaxy S21 / S22', category: 'Connecteurs de charge', supplier: 'mobile', need: 'connecteur', models: ['Samsung Galaxy S21', 'Samsung Galaxy S22'], cost: 1200, price: 4900, warrantyMonths: 3, threshold: 1, reorder: 3, location: 'Tiroir A3', stock: 2 }),
  piece({ sku: 'CON-IPADC', name: 'Connecteur USB-C iPad Pro 11" / iPad Air 5', category: 'Connecteurs de charge', supplier: 'mobile', need: 'connecteur', models: ['Apple iPad Pro 11"', 'Apple iPad Air (5e génération)'], cost: 1500, price: 6900, warrantyMonths: 3, threshold: 1, reorder: 3, location: 'Tiroir A3', stock: 3 }),
  piece({ sku: 'VIT-IP15', name: 'Vitre arrière iPhone 15 (avec adhésif)', category: 'Vitres arrière', supplier: 'mobile', need: 'vitre-arriere', models: ['Apple iPhone 15'], cost: 2500, price: 8900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Tiroir A4', stock: 3 }),
  piece({ sku: 'VIT-GS22', name: 'Vitre arrière Samsung Galaxy S22', category: 'Vitres arrière', supplier: 'mobile', need: 'vitre-arriere', models: ['Samsung Galaxy S22'], cost: 1200, price: 5900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Tiroir A4', stock: 2 }),
  piece({ sku: 'CAM-IP15', name: 'Module caméra arrière iPhone 15', category: 'Caméras', supplier: 'mobile', need: 'camera', models: ['Apple iPhone 15'], cost: 5500, price: 12900, warrantyMonths: 3, threshold: 0, reorder: 1, location: 'Tiroir A5', stock: 1 }),
  piece({ sku: 'BTN-IPAD', name: 'Nappe bouton power / volume iPad Pro 11" / iPad Air 5', category: 'Nappes et boutons', supplier: 'mobile', need: 'bouton', models: ['Apple iPad Pro 11"', 'Apple iPad Air (5e génération)'], cost: 900, price: 3900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Tiroir A5', stock: 2 }),
  consumable({ sku: 'CNS-ADH', name: 'Adhésif d’étanchéité prédécoupé smartphone / tablette', category: 'Consommables', supplier: 'mobile', need: 'adhesif', cost: 80, price: 300, threshold: 10, reorder: 50, location: 'Étagère C1', stock: 24 }),
  // Computers
  piece({ sku: 'DAL-156', name: 'Dalle 15,6" FHD IPS 30 broches (mate)', category: 'Écrans', supplier: 'informatique', need: 'ecran', models: ['HP Pavilion 15-eg', 'Acer Aspire 5 A515'], cost: 6500, price: 15900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Rayonnage B1', stock: 2 }),
  piece({ sku: 'DAL-140', name: 'Dalle 14" FHD IPS 30 broches (mate)', category: 'Écrans', supplier: 'informatique', need: 'ecran', models: ['ASUS ZenBook 14 UX425', 'Lenovo ThinkPad T14 Gen 2'], cost: 7200, price: 16900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Rayonnage B1', stock: 2 }),
  piece({ sku: 'ECR-XPS13', name: 'Écran complet 13,4" FHD+ Dell XPS 13 9310', category: 'Écrans', supplier: 'informatique', need: 'ecran', models: ['Dell XPS 13 9310'], cost: 14900, price: 29900, warrantyMonths: 3, threshold: 0, reorder: 1, location: 'Rayonnage B1', stock: 1 }),
  piece({ sku: 'CLV-HP15', name: 'Clavier AZERTY rétroéclairé HP Pavilion 15-eg', category: 'Claviers', supplier: 'informatique', need: 'clavier', models: ['HP Pavilion 15-eg'], cost: 2900, price: 8900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Tiroir B2', stock: 0 }),
  piece({ sku: 'CLV-ACA5', name: 'Clavier AZERTY Acer Aspire 5 A515', category: 'Claviers', supplier: 'informatique', need: 'clavier', models: ['Acer Aspire 5 A515'], cost: 2400, price: 7900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Tiroir B2', stock: 2 }),
  piece({ sku: 'CLV-UX425', name: 'Clavier AZERTY rétroéclairé ASUS ZenBook 14 UX425', category: 'Claviers', supplier: 'informatique', need: 'clavier', models: ['ASUS ZenBook 14 UX425'], cost: 3500, price: 9900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Tiroir B2', stock: 2 }),
  piece({ sku: 'SSD-1TO', name: 'SSD NVMe M.2 2280 1 To (PCIe 3.0)', category: 'Stockage', supplier: 'informatique', need: 'ssd', models: ['HP Pavilion 15-eg', 'Lenovo ThinkPad T14 Gen 2', 'Acer Aspire 5 A515', 'ASUS ZenBook 14 UX425', 'Dell OptiPlex 7090', 'HP ProDesk 400 G7', 'PC tour Ryzen 5 / RTX 3060'], cost: 5400, price: 12900, warrantyMonths: 12, threshold: 2, reorder: 4, location: 'Tiroir B3', stock: 4 }),
  piece({ sku: 'RAM-8G', name: 'Barrette SO-DIMM DDR4-3200 8 Go', category: 'Mémoire', supplier: 'informatique', need: 'ram', models: ['HP Pavilion 15-eg', 'Lenovo ThinkPad T14 Gen 2', 'Acer Aspire 5 A515'], cost: 1800, price: 5900, warrantyMonths: 12, threshold: 2, reorder: 4, location: 'Tiroir B3', stock: 3 }),
  piece({ sku: 'VEN-120', name: 'Ventilateur boîtier 120 mm PWM', category: 'Ventilation', supplier: 'informatique', need: 'ventilateur', models: ['Dell OptiPlex 7090', 'HP ProDesk 400 G7', 'PC tour Ryzen 5 / RTX 3060'], cost: 700, price: 2500, warrantyMonths: 3, threshold: 2, reorder: 5, location: 'Tiroir B4', stock: 4 }),
  piece({ sku: 'CHR-XPS13', name: 'Kit charnières Dell XPS 13 9310 (gauche + droite)', category: 'Charnières', supplier: 'informatique', need: 'charniere', models: ['Dell XPS 13 9310'], cost: 2200, price: 6900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Tiroir B5', stock: 2 }),
  piece({ sku: 'ALIM-OPTI', name: 'Alimentation 260 W Dell OptiPlex 7090 (tour)', category: 'Alimentations', supplier: 'informatique', need: 'alimentation', models: ['Dell OptiPlex 7090'], cost: 3900, price: 8900, warrantyMonths: 6, threshold: 0, reorder: 1, location: 'Rayonnage B6', stock: 1 }),
  consumable({ sku: 'CNS-PATE', name: 'Pâte thermique Arctic MX-6 (sachet 1 g)', category: 'Consommables', supplier: 'informatique', need: 'pate-thermique', cost: 150, price: 500, threshold: 4, reorder: 20, location: 'Étagère C1', stock: 3 }),
  consumable({ sku: 'CNS-IPA', name: 'Alcool isopropylique 99,9 % (bidon 1 L)', category: 'Consommables', supplier: 'informatique', cost: 900, price: 1900, threshold: 1, reorder: 3, location: 'Armoire C2', stock: 3 }),
  // Consoles and audio
  piece({ sku: 'HDMI-PS4P', name: 'Port HDMI PlayStation 4 Pro', category: 'Connectique vidéo', supplier: 'console', need: 'port-video', models: ['Sony PlayStation 4 Pro'], cost: 400, price: 2500, warrantyMonths: 3, threshold: 1, reorder: 3, location: 'Tiroir D1', stock: 0 }),
  piece({ sku: 'HDMI-XSX', name: 'Port HDMI Xbox Series X', category: 'Connectique vidéo', supplier: 'console', need: 'port-video', models: ['Microsoft Xbox Series X'], cost: 650, price: 3500, warrantyMonths: 3, threshold: 1, reorder: 3, location: 'Tiroir D1', stock: 2 }),
  piece({ sku: 'USBC-NSW', name: 'Connecteur USB-C Nintendo Switch / Switch OLED', category: 'Connectique vidéo', supplier: 'console', need: 'port-video', models: ['Nintendo Switch', 'Nintendo Switch OLED'], cost: 350, price: 2500, warrantyMonths: 3, threshold: 2, reorder: 5, location: 'Tiroir D1', stock: 3 }),
  piece({ sku: 'JOY-NSW', name: 'Joystick analogique Joy-Con (gauche ou droit)', category: 'Manettes', supplier: 'console', need: 'joystick', models: ['Nintendo Switch', 'Nintendo Switch OLED'], cost: 350, price: 1900, warrantyMonths: 3, threshold: 2, reorder: 6, location: 'Tiroir D2', stock: 4 }),
  piece({ sku: 'CON-JBL', name: 'Connecteur USB-C JBL Flip 6 / Charge 5', category: 'Connecteurs de charge', supplier: 'console', need: 'connecteur', models: ['JBL Flip 6', 'JBL Charge 5'], cost: 300, price: 1900, warrantyMonths: 3, threshold: 1, reorder: 4, location: 'Tiroir D3', stock: 3 }),
  piece({ sku: 'HP-JBLC5', name: 'Haut-parleur de graves JBL Charge 5', category: 'Audio', supplier: 'console', need: 'haut-parleur', models: ['JBL Charge 5'], cost: 1900, price: 5900, warrantyMonths: 3, threshold: 1, reorder: 2, location: 'Tiroir D3', stock: 2 }),
]

/** The part stocked for this need and device, if any. */
export function partFor(need: PartNeed, device: { brand: string; model: string }): PartSeed | undefined {
  const full = `${device.brand} ${device.model}`
  return PARTS.find((p) => p.need === need && (!p.models || p.models.includes(full) || p.models.includes(device.model)))
}

/** What the customer says when a repaired part fails again, by part category. */
export const CLAIM_STORIES: Record<string, string> = {
  Batteries: 'La batterie remplacée se décharge de nouveau en quelques heures et l’appareil chauffe en charge.',
  'Connecteurs de charge': 'Le connecteur changé ne charge plus que si on tient le câble, comme avant la réparation.',
  Écrans: 'Une ligne verticale est apparue sur l’écran remplacé, sans choc ni chute.',
  'Vitres arrière': 'La vitre arrière posée se décolle sur le bord inférieur.',
  Caméras: 'Le module photo remplacé refait un petit bruit et les photos sont de nouveau floues.',
  Claviers: 'Plusieurs touches du nouveau clavier ne répondent plus (rangée du haut).',
  Stockage: 'Le SSD installé n’est plus détecté au démarrage par intermittence.',
  Mémoire: 'L’ordinateur redémarre tout seul, le test mémoire signale des erreurs sur la barrette posée.',
  Ventilation: 'Le ventilateur changé fait de nouveau un bruit de frottement.',
  'Connectique vidéo': 'Plus d’image de nouveau : le port remplacé a du jeu quand on branche le câble.',
  Audio: 'Le haut-parleur remplacé grésille de nouveau à volume moyen.',
  'Nappes et boutons': 'Le bouton marche/arrêt remplacé ne répond plus qu’une fois sur deux.',
  Alimentations: 'Le PC s’éteint de nouveau tout seul, l’alimentation posée siffle au démarrage.',
  Manettes: 'Le personnage bouge de nouveau tout seul avec le Joy-Con réparé.',
}
